package org.preau.feeding;

import java.util.Locale;
import java.util.Set;

/**
 * Names in normal case, as people write them: registers send many in capitals ({@code BOFFOCHER},
 * {@code JEAN-PIERRE}, {@code DE LA FONTAINE}), which read as shouting everywhere they are shown.
 * A name already in mixed case ({@code McDonald}, {@code de La Fontaine}) is kept as it is; a name all in
 * capitals (or all in lower case) gets a capital at the start of each part (after a space, a hyphen or an
 * apostrophe), accents kept, and, in last names, the particles {@code de}, {@code du}, {@code des} and
 * {@code d'} in lower case when other words follow ({@code de La Fontaine}, {@code d'Artagnan}).
 *
 * <p>Applied when people are imported, and once to the names already in the directory (migration
 * {@code V202612071332}), so that every page, export and API shows the same name.
 */
public final class NameCase {

    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d");
    private static final Locale FRENCH = Locale.FRENCH;

    private NameCase() {
    }

    public static String lastName(String name) {
        return normal(name, true);
    }

    public static String firstName(String name) {
        return normal(name, false);
    }

    private static String normal(String name, boolean particles) {
        boolean upper = name.chars().anyMatch(Character::isUpperCase);
        boolean lower = name.chars().anyMatch(Character::isLowerCase);
        if (upper && lower || !upper && !lower) {
            return name;
        }
        String text = name.toLowerCase(FRENCH);
        StringBuilder out = new StringBuilder(text.length());
        int words = text.strip().split("[\\s'’-]+").length;
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > i) {
                String word = text.substring(i, end);
                boolean particle = particles && words > 1 && PARTICLES.contains(word) && end < text.length();
                out.append(particle ? word : capitalise(word));
                i = end;
            } else {
                out.appendCodePoint(text.codePointAt(i));
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return out.toString();
    }

    private static String capitalise(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(word.substring(Character.charCount(first))).toString();
    }
}
