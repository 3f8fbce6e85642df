package org.preau.portal;

import java.util.List;

import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.PersonCard;
import org.preau.platform.PreauUser;
import org.preau.platform.web.ApiProblem;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/me}: the logged-in person. */
@RestController
@AnyAuthenticated
@RequestMapping("/api/v1")
@Tag(name = "me", description = "The logged-in person")
class MeApiController {

    record StructureJson(String id, String uai, String name) {
    }

    record ClassJson(String id, String name) {
    }

    record ChildJson(String id, String displayName) {
    }

    record MeJson(String id, String login, String displayName, List<String> profiles,
            List<StructureJson> structures, List<ClassJson> classes, List<ChildJson> children,
            List<String> functions) {

        static MeJson of(PreauUser user, PersonCard card) {
            return new MeJson(card.id().toString(), user.login(), card.displayName(),
                    card.profiles().stream().map(Enum::name).toList(),
                    card.structures().stream()
                            .map(s -> new StructureJson(s.id().toString(), s.uai(), s.name())).toList(),
                    card.classes().stream().map(c -> new ClassJson(c.id().toString(), c.name())).toList(),
                    card.children().stream().map(c -> new ChildJson(c.id().toString(), c.displayName())).toList(),
                    card.functions().stream().map(f -> f.function().name()).distinct().toList());
        }
    }

    private final Directory directory;

    MeApiController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/me")
    @Operation(summary = "The logged-in person: profiles, structures, classes and children")
    MeJson me(@AuthenticationPrincipal PreauUser user) {
        return directory.card(user.personId()).map(card -> MeJson.of(user, card))
                .orElseThrow(ApiProblem::notFound);
    }
}
