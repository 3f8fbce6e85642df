package org.preau.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.feeding.ImportViews.Line;
import org.preau.feeding.ImportViews.Report;
import org.springframework.context.MessageSource;

/**
 * An import's report as people read it: rejected lines and warnings grouped by kind (one message key), each
 * group counted, searched with {@code q} (file, field or text, in the reader's language) and cut into pages
 * of {@value #PAGE}; the group being paged is shown open.
 */
record ImportReportPage(List<Group> groups, int rejected, int warnings, @Nullable String query) {

    static final int PAGE = 50;

    /** One line as shown. */
    record Row(String file, String line, String field, String text) {
    }

    /** The lines of one kind. */
    record Group(String anchor, boolean rejection, String title, int total, int matching, List<Row> rows, int page,
            int pages, boolean open) {
    }

    static ImportReportPage of(Report report, MessageSource messages, Locale locale, @Nullable String query,
            @Nullable String openGroup, int page) {
        String q = query == null || query.isBlank() ? null : query.strip().toLowerCase(locale);
        List<Group> groups = new ArrayList<>();
        groups.addAll(groups(report.rejected(), true, messages, locale, q, openGroup, page));
        groups.addAll(groups(report.warnings(), false, messages, locale, q, openGroup, page));
        return new ImportReportPage(groups, report.rejected().size(), report.warnings().size(),
                q == null ? null : query.strip());
    }

    private static List<Group> groups(List<Line> lines, boolean rejection, MessageSource messages, Locale locale,
            @Nullable String q, @Nullable String openGroup, int page) {
        Map<String, List<Line>> byKey = new LinkedHashMap<>();
        lines.forEach(l -> byKey.computeIfAbsent(l.messageKey(), k -> new ArrayList<>()).add(l));
        List<Group> groups = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            String anchor = (rejection ? "r-" : "w-") + entry.getKey().replaceAll("[^A-Za-z0-9]", "-");
            List<Row> rows = entry.getValue().stream().map(l -> row(l, messages, locale))
                    .filter(r -> q == null || (r.file() + " " + r.field() + " " + r.text()).toLowerCase(locale)
                            .contains(q))
                    .toList();
            int pages = Math.max(1, (rows.size() + PAGE - 1) / PAGE);
            boolean paged = anchor.equals(openGroup);
            int current = paged ? Math.min(Math.max(page, 1), pages) : 1;
            String title = messages.getMessage("import.group." + entry.getKey(), null, null, locale);
            groups.add(new Group(anchor, rejection, title != null ? title : rows.isEmpty()
                    ? row(entry.getValue().getFirst(), messages, locale).text() : rows.getFirst().text(),
                    entry.getValue().size(), rows.size(),
                    rows.subList((current - 1) * PAGE, Math.min(rows.size(), current * PAGE)), current, pages,
                    paged || q != null && !rows.isEmpty()));
        }
        return groups;
    }

    static Row row(Line l, MessageSource messages, Locale locale) {
        return new Row(l.file(), l.line() > 0 ? String.valueOf(l.line()) : "", l.field() == null ? "" : l.field(),
                messages.getMessage(l.messageKey(), l.args().toArray(), l.messageKey(), locale));
    }
}
