package org.preau.diary;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.diary.DiaryRules.ClassAccess;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.preau.platform.search.SearchProvider;
import org.preau.platform.search.SearchQuery;
import org.preau.platform.search.SearchResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diary in the global search: homework and sessions of the books the person reads, as the
 * diary's own pages show them (pupils and parents: published entries of their, or their
 * children's, classes; teachers: their classes; heads: their structures).
 */
@Component
class DiarySearch implements SearchProvider {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DiaryRules rules;
    private final Directory directory;
    private final DiarySearchRepository repository;
    private final Clock clock;

    DiarySearch(DiaryRules rules, Directory directory, DiarySearchRepository repository, Clock clock) {
        this.rules = rules;
        this.directory = directory;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "diary";
    }

    @Override
    public String titleKey() {
        return "app.diary";
    }

    @Override
    public String action() {
        return DiaryApplications.READ;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public @Nullable String seeAllUrl(String query) {
        return null;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchResult> search(PreauUser user, String query, int limit) {
        List<ClassId> published = new ArrayList<>();
        if (user.hasRole("STUDENT")) {
            directory.classesOf(user.personId()).stream().filter(c -> c.subjects().isEmpty())
                    .map(ClassRef::id).forEach(published::add);
        }
        if (user.hasRole("RELATIVE")) {
            directory.children(user.personId()).forEach(child -> child.classes().stream().map(ClassRef::id)
                    .forEach(published::add));
        }
        List<ClassId> all = rules.taught(user).stream().map(ClassAccess::schoolClass).map(ClassRef::id).toList();
        var heads = rules.headOf(user);
        if (published.isEmpty() && all.isEmpty() && heads.isEmpty()) {
            return List.of();
        }
        return repository.search(SearchQuery.likePattern(query), published, all, heads, clock.instant(), limit)
                .stream().map(f -> f.kind().equals("homework")
                        ? new SearchResult(f.title(), f.subject() + " – " + DAY.format(f.date()),
                                "/diary/homework/" + f.id())
                        : new SearchResult(f.title(), f.subject() + " – " + DAY.format(f.date()),
                                "/diary/classes/" + f.classId() + "?week=" + f.date()))
                .toList();
    }
}
