package org.preau.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annuaire: find the people, classes and groups a person may see, by name. Whom a person
 * may see is decided by the communication rules, through the {@link VisibilityPolicy}.
 */
@Service
public class DirectorySearch {

    /** Most results one search returns. */
    public static final int MAX_RESULTS = 200;
    /** Longest query considered; longer input is cut. */
    public static final int MAX_QUERY = 100;

    private final SearchRepository repository;
    private final MessageSource messages;
    private final VisibilityPolicy policy;

    DirectorySearch(SearchRepository repository, MessageSource messages, VisibilityPolicy policy) {
        this.repository = repository;
        this.messages = messages;
        this.policy = policy;
    }

    /**
     * People first, then classes, then groups, that match {@code query} without regard to
     * accents or case and despite small typos; empty for a query shorter than two characters.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> search(PreauUser viewer, String query, int limit) {
        String cut = query.strip();
        cut = cut.length() > MAX_QUERY ? cut.substring(0, MAX_QUERY) : cut;
        if (cut.length() < 2) {
            return List.of();
        }
        String q = repository.normalize(cut);
        int max = Math.clamp(limit, 1, MAX_RESULTS);
        SearchScope scope = policy.scope(viewer.personId());
        List<SearchHit> hits = new ArrayList<>(repository.persons(scope, q, max));
        if (hits.size() < max) {
            hits.addAll(repository.classes(scope, q, max - hits.size()));
        }
        if (hits.size() < max) {
            hits.addAll(repository.manualGroups(viewer.personId(), scope, q, max - hits.size()));
        }
        if (hits.size() < max) {
            hits.addAll(groups(scope, cut, max - hits.size()));
        }
        return hits;
    }

    /**
     * The automatic groups the scope holds whole, whose name holds every word of the query:
     * those named in it, and the groups of a class whose structure-wide group it holds.
     */
    private List<SearchHit> groups(SearchScope scope, String query, int max) {
        Locale locale = LocaleContextHolder.getLocale();
        List<UUID> structures = scope.groups().stream().flatMap(id -> AutoGroups.parse(id).stream())
                .filter(k -> k.structureId() != null).map(k -> k.structureId().value()).distinct().toList();
        Map<UUID, SearchRepository.GroupSource> classes = new LinkedHashMap<>();
        repository.groupClasses(scope).forEach(c -> classes.put(c.id(), c));
        if (!scope.everyone()) {
            repository.classesOf(structures).forEach(c -> classes.putIfAbsent(c.id(), c));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (var c : classes.values()) {
            for (Profile p : DirectoryGroups.CLASS_PROFILES) {
                var key = new AutoGroups.GroupKey(new ClassId(c.id()), null, p);
                if (holds(scope, key) || holds(scope, new AutoGroups.GroupKey(null, new StructureId(c.structure()), p))) {
                    add(hits, key, c.name(), query, locale);
                }
            }
        }
        for (var s : repository.structures(scope.everyone(), structures)) {
            for (Profile p : DirectoryGroups.STRUCTURE_PROFILES) {
                var key = new AutoGroups.GroupKey(null, new StructureId(s.id()), p);
                if (holds(scope, key)) {
                    add(hits, key, s.name(), query, locale);
                }
            }
        }
        return hits.size() > max ? hits.subList(0, max) : hits;
    }

    private static boolean holds(SearchScope scope, AutoGroups.GroupKey key) {
        return scope.everyone() || scope.groups().contains(key.id());
    }

    private void add(List<SearchHit> hits, AutoGroups.GroupKey key, String of, String query, Locale locale) {
        String name = messages.getMessage(key.nameKey(), new Object[] { of }, locale);
        if (AutoGroups.matches(name, query)) {
            hits.add(new SearchHit(key.id(), SearchHit.Kind.GROUP, name, null, null));
        }
    }
}
