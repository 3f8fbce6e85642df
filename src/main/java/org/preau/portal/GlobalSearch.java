package org.preau.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.access.Rights;
import org.preau.platform.PreauUser;
import org.preau.platform.search.SearchProvider;
import org.preau.platform.search.SearchQuery;
import org.preau.platform.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The global search: asks every application the person may use (their rights hold its action)
 * and groups the answers by application. An application that fails is reported as such; the
 * others still answer.
 */
@Service
class GlobalSearch {

    /** Results shown per application; "see all" leads to the application's own search. */
    static final int PER_GROUP = 5;

    private static final Logger LOG = LoggerFactory.getLogger(GlobalSearch.class);

    /** One application's results; {@code failed} when it could not answer. */
    record Group(String key, String titleKey, List<SearchResult> results, boolean more, @Nullable String seeAll,
            boolean failed) {
    }

    private final List<SearchProvider> providers;
    private final Rights rights;

    GlobalSearch(List<SearchProvider> providers, Rights rights) {
        this.providers = providers.stream().sorted(Comparator.comparingInt(SearchProvider::order)).toList();
        this.rights = rights;
    }

    /** The groups with results, in the applications' order; empty for a query too short. */
    List<Group> search(PreauUser user, String raw) {
        var query = SearchQuery.clean(raw);
        if (query.isEmpty()) {
            return List.of();
        }
        String q = query.get();
        Set<String> actions = rights.actions(user);
        List<Group> groups = new ArrayList<>();
        for (SearchProvider provider : providers) {
            String action = provider.action();
            if (action != null && !actions.contains(action)) {
                continue;
            }
            try {
                List<SearchResult> found = provider.search(user, q, PER_GROUP + 1);
                if (!found.isEmpty()) {
                    groups.add(new Group(provider.key(), provider.titleKey(), found.stream().limit(PER_GROUP).toList(),
                            found.size() > PER_GROUP, provider.seeAllUrl(q), false));
                }
            } catch (RuntimeException e) {
                LOG.warn("Search provider {} failed for person {}", provider.key(), user.personId(), e);
                groups.add(new Group(provider.key(), provider.titleKey(), List.of(), false, null, true));
            }
        }
        return groups;
    }
}
