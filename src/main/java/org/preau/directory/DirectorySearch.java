package org.preau.directory;

import java.util.ArrayList;
import java.util.List;

import org.preau.platform.PreauUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annuaire: find the people and classes a person may see, by name. */
@Service
public class DirectorySearch {

    /** Most results one search returns. */
    public static final int MAX_RESULTS = 200;
    /** Longest query considered; longer input is cut. */
    public static final int MAX_QUERY = 100;

    private static final List<Profile> CLASS_GROUPS = List.of(Profile.STUDENT, Profile.RELATIVE, Profile.TEACHER);
    private static final List<Profile> STRUCTURE_GROUPS = List.of(Profile.TEACHER, Profile.PERSONNEL, Profile.STUDENT,
            Profile.RELATIVE);

    private final SearchRepository repository;
    private final org.springframework.context.MessageSource messages;

    DirectorySearch(SearchRepository repository, org.springframework.context.MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /**
     * People first, then classes, that match {@code query} without regard to accents or case
     * and despite small typos; empty for a query shorter than two characters.
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
        boolean everyone = viewer.hasRole(AdminFunction.CENTRAL_ADMIN.name());
        List<SearchHit> hits = new ArrayList<>(repository.persons(viewer.personId(), everyone, q, max));
        if (hits.size() < max) {
            hits.addAll(repository.classes(viewer.personId(), everyone, q, max - hits.size()));
        }
        if (hits.size() < max) {
            hits.addAll(repository.manualGroups(viewer.personId(), everyone, q, max - hits.size()));
        }
        if (hits.size() < max) {
            hits.addAll(groups(viewer, everyone, cut, max - hits.size()));
        }
        return hits;
    }

    /** The automatic groups the viewer may address whose name holds every word of the query. */
    private List<SearchHit> groups(PreauUser viewer, boolean everyone, String query, int max) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<SearchHit> hits = new ArrayList<>();
        for (var c : repository.groupClasses(viewer.personId(), everyone)) {
            for (Profile p : c.staff() ? CLASS_GROUPS : List.of(Profile.TEACHER)) {
                add(hits, new AutoGroups.GroupKey(new org.preau.platform.ClassId(c.id()), null, p), c.name(), query, locale);
            }
        }
        for (var s : repository.groupStructures(viewer.personId(), everyone)) {
            for (Profile p : STRUCTURE_GROUPS) {
                add(hits, new AutoGroups.GroupKey(null, new org.preau.platform.StructureId(s.id()), p), s.name(), query,
                        locale);
            }
        }
        return hits.size() > max ? hits.subList(0, max) : hits;
    }

    private void add(List<SearchHit> hits, AutoGroups.GroupKey key, String of, String query, java.util.Locale locale) {
        String name = messages.getMessage(key.nameKey(), new Object[] { of }, locale);
        if (AutoGroups.matches(name, query)) {
            hits.add(new SearchHit(key.id(), SearchHit.Kind.GROUP, name, null, null));
        }
    }
}
