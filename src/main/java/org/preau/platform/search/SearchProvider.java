package org.preau.platform.search;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;

/**
 * One application's part of the global search: modules declare one bean each. The portal asks
 * only the providers whose {@link #action()} the person holds; each provider returns only what
 * the person may see, as its own pages would.
 */
public interface SearchProvider {

    /** Unique key of the group (the module's name, such as {@code directory}). */
    String key();

    /** Message key of the group's heading (the application's name). */
    String titleKey();

    /** The application action needed to search here; null when every logged-in person may. */
    @Nullable String action();

    /** Order of the group on the results page (smaller first). */
    int order();

    /** The application's own search page for the query ("see all"), or null when it has none. */
    @Nullable String seeAllUrl(String query);

    /**
     * At most {@code limit} results for a query already cleaned (stripped, at least two and at
     * most {@link SearchQuery#MAX_LENGTH} characters); never what the person may not see.
     */
    List<SearchResult> search(PreauUser user, String query, int limit);

    /** How an application finds what a person may see: the body of {@link #search}. */
    @FunctionalInterface
    interface Finder {
        List<SearchResult> find(PreauUser user, String query, int limit);
    }

    /** A provider made of its parts, for the applications that need no class of their own. */
    static SearchProvider of(String key, String titleKey, @Nullable String action, int order,
            Function<String, @Nullable String> seeAllUrl, Finder finder) {
        return new SearchProvider() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public @Nullable String action() {
                return action;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public @Nullable String seeAllUrl(String query) {
                return seeAllUrl.apply(query);
            }

            @Override
            public List<SearchResult> search(PreauUser user, String query, int limit) {
                return finder.find(user, query, limit);
            }
        };
    }
}
