package org.preau.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

    /** People the annuaire lets the person see (communication rules); classes and groups stay in the annuaire. */
    @Bean
    static SearchProvider directoryPeopleSearch(DirectorySearch search) {
        return SearchProvider.of("directory", "app.directory", DirectoryApplications.SEARCH, 10,
                query -> "/directory?q=" + UriUtils.encodeQueryParam(query, StandardCharsets.UTF_8),
                (user, query, limit) -> search.search(user, query, limit).stream()
                        .filter(h -> h.type() == SearchHit.Kind.PERSON).limit(limit)
                        .map(h -> new SearchResult(h.displayName(), h.structure(), "/directory?q="
                                + UriUtils.encodeQueryParam(h.displayName(), StandardCharsets.UTF_8)))
                        .toList());
    }

    @GetMapping("/directory/widgets/classes")
    @AnyAuthenticated
    String classes(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("classes", directory.classesOf(user.personId()).stream()
                .filter(c -> !c.subjects().isEmpty()).toList());
        return "directory/widgets :: classes";
    }
}
