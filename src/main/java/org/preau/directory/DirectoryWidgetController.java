package org.preau.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.search.SearchProvider;
import org.preau.platform.search.SearchResult;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.HomeWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/**
 * The directory on the home page (a teacher's classes, with the subjects taught) and in the
 * global search (people the person may see, as the annuaire shows them).
 */
@Controller
class DirectoryWidgetController {

    private final Directory directory;

    DirectoryWidgetController(Directory directory) {
        this.directory = directory;
    }

    @Bean
    static HomeWidget directoryClassesWidget() {
        return new HomeWidget("directory.classes", "home.myClasses", List.of("TEACHER"), "/directory/widgets/classes",
                "/account", 5, null);
    }

    @Bean
    static SearchProvider directoryPeopleSearch(DirectorySearch search) {
        return new SearchProvider() {
            @Override
            public String key() {
                return "directory";
            }

            @Override
            public String titleKey() {
                return "app.directory";
            }

            @Override
            public String action() {
                return DirectoryApplications.SEARCH;
            }

            @Override
            public int order() {
                return 10;
            }

            @Override
            public @Nullable String seeAllUrl(String query) {
                return "/directory?q=" + UriUtils.encodeQueryParam(query, StandardCharsets.UTF_8);
            }

            @Override
            public List<SearchResult> search(PreauUser user, String query, int limit) {
                // the annuaire decides whom the person may see (communication rules); people only here
                return search.search(user, query, limit).stream().filter(h -> h.type() == SearchHit.Kind.PERSON)
                        .limit(limit)
                        .map(h -> new SearchResult(h.displayName(), h.structure(), "/directory?q="
                                + UriUtils.encodeQueryParam(h.displayName(), StandardCharsets.UTF_8)))
                        .toList();
            }
        };
    }

    @GetMapping("/directory/widgets/classes")
    @AnyAuthenticated
    String classes(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("classes", directory.classesOf(user.personId()).stream()
                .filter(c -> !c.subjects().isEmpty()).toList());
        return "directory/widgets :: classes";
    }
}
