package org.preau.platform.search;

import java.util.Optional;

/** The rules of a global search query: at least two characters, long input cut, controls removed. */
public final class SearchQuery {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;

    private SearchQuery() {
    }

    /** The query to search for, or empty when it is too short. */
    public static Optional<String> clean(String raw) {
        String q = raw.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ");
        if (q.length() > MAX_LENGTH) {
            q = q.substring(0, MAX_LENGTH).strip();
        }
        return q.length() < MIN_LENGTH ? Optional.empty() : Optional.of(q);
    }

    /** A LIKE pattern of the query, its {@code %}, {@code _} and {@code \} escaped (with {@code escape '\'}). */
    public static String likePattern(String query) {
        return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
