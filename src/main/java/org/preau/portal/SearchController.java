package org.preau.portal;

import org.preau.platform.PreauUser;
import org.preau.platform.search.SearchQuery;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /search?q=}: the header's search across the applications the person may use. */
@Controller
@AnyAuthenticated
class SearchController {

    private final GlobalSearch search;

    SearchController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String q, Model model) {
        var cleaned = SearchQuery.clean(q);
        model.addAttribute("q", cleaned.orElse(""));
        model.addAttribute("globalQuery", cleaned.orElse(q.strip()));
        model.addAttribute("searched", cleaned.isPresent());
        model.addAttribute("groups", search.search(user, q));
        model.addAttribute("minLength", SearchQuery.MIN_LENGTH);
        return "portal/search";
    }
}
