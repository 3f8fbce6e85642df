package org.preau.console;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryViews.StructureRef;

/**
 * One page of the console's list of structures: found by a part of their name, UAI or city,
 * whatever the case and accents ("ecole" finds "École"), in French alphabetical order ("École"
 * among the E, "collège" beside "Collège"), {@link #SIZE} to a page.
 *
 * @param structures the page's structures
 * @param query what was searched, null for everything
 * @param page the page's number, from 0
 * @param total how many structures match
 */
public record StructureList(List<StructureRef> structures, @Nullable String query, int page, int total) {

    static final int SIZE = 50;

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    static {
        FRENCH.setStrength(Collator.TERTIARY);
    }

    /** The page {@code page} of {@code all} that matches {@code query}. */
    static StructureList of(List<StructureRef> all, @Nullable String query, int page) {
        String wanted = query == null || query.isBlank() ? null : fold(query.strip());
        List<StructureRef> matching = all.stream()
                .filter(s -> wanted == null || fold(s.name()).contains(wanted) || fold(s.uai()).contains(wanted))
                .sorted(Comparator.comparing(StructureRef::name, FRENCH::compare).thenComparing(StructureRef::uai))
                .toList();
        int last = Math.max(0, (matching.size() - 1) / SIZE);
        int shown = Math.clamp(page, 0, last);
        List<StructureRef> slice = matching.subList(shown * SIZE, Math.min(matching.size(), (shown + 1) * SIZE));
        return new StructureList(slice, wanted == null ? null : query.strip(), shown, matching.size());
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasMore() {
        return (page + 1) * SIZE < total;
    }

    /** Lower case, without accents: what searching compares. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
