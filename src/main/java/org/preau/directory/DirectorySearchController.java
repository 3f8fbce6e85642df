package org.preau.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The annuaire page; with htmx, only the results are sent back as the person types. */
@Controller
@RequiresAction(DirectoryApplications.SEARCH)
class DirectorySearchController {

    private final DirectorySearch search;

    DirectorySearchController(DirectorySearch search) {
        this.search = search;
    }

    @GetMapping("/directory")
    String page(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String q, Model model,
            @RequestHeader(name = "HX-Target", required = false) @Nullable String target) {
        List<SearchHit> hits = search.search(user, q, 50);
        model.addAttribute("q", q);
        model.addAttribute("hits", hits);
        model.addAttribute("searched", q.strip().length() >= 2);
        return "results".equals(target) ? "directory/search :: results" : "directory/search";
    }
}
