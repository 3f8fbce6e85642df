package org.preau.platform.search;

import org.jspecify.annotations.Nullable;

/**
 * One line of the global search: text (escaped when shown), a detail line and the page it opens.
 *
 * @param href a path of Préau, starting with {@code /}
 */
public record SearchResult(String title, @Nullable String detail, String href) {

    public SearchResult {
        if (!href.startsWith("/") || href.startsWith("//")) {
            throw new IllegalArgumentException("A search result opens a page of Préau: " + href);
        }
    }
}
