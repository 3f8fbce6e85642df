package org.preau.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/structures}: the structures the caller may see. */
@RestController
@AnyAuthenticated
@RequestMapping("/api/v1")
@Tag(name = "directory", description = "Structures, people, classes and groups")
class StructuresApiController {

    record StructureJson(String id, String uai, String name, String type) {
    }

    record Page<T>(List<T> items, @Nullable String next) {
    }

    private final Directory directory;

    StructuresApiController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/structures")
    @Operation(summary = "Structures the caller may see: all for the central admin, else their own")
    Page<StructureJson> structures(@AuthenticationPrincipal PreauUser user) {
        return new Page<>(directory.visibleStructures(user).stream()
                .map(s -> new StructureJson(s.id().toString(), s.uai(), s.name(), s.type().name()))
                .toList(), null);
    }
}
