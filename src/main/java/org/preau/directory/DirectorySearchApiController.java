package org.preau.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/directory/search?q=}: the annuaire for the mobile app. */
@RestController
@RequiresAction(DirectoryApplications.SEARCH)
@RequestMapping("/api/v1/directory")
@Tag(name = "directory")
class DirectorySearchApiController {

    record Hit(String id, SearchHit.Kind type, String displayName, @Nullable Profile profile, @Nullable String structure) {
    }

    record Page(List<Hit> items, @Nullable String next) {
    }

    private final DirectorySearch search;

    DirectorySearchApiController(DirectorySearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    @Operation(summary = "People, classes and groups the caller may see, by name (accents and small typos ignored)")
    Page search(@AuthenticationPrincipal PreauUser user, @RequestParam String q,
            @RequestParam(defaultValue = "50") int limit) {
        return new Page(search.search(user, q, limit).stream()
                .map(h -> new Hit(h.id(), h.type(), h.displayName(), h.profile(), h.structure())).toList(), null);
    }
}
