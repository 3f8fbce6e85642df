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

    private final SearchRepository repository;

    DirectorySearch(SearchRepository repository) {
        this.repository = repository;
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
        return hits;
    }
}
