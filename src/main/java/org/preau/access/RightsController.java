package org.preau.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.GroupRef;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A structure's rights page: roles per profile as a matrix, roles given to classes and groups. */
@Controller
@RequestMapping("/admin/structures/{id}/rights")
@RequiresAction(value = RightsRules.RIGHTS, structure = "id")
class RightsController {

    private final RightsAdmin rights;
    private final RolesNames roleNames;

    RightsController(RightsAdmin rights, RolesNames roleNames) {
        this.rights = rights;
        this.roleNames = roleNames;
    }

    @GetMapping
    String page(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure, Model model,
            Locale locale) {
        var view = rights.view(user, structure).orElseThrow(RolesController::notFound);
        model.addAttribute("rights", view);
        model.addAttribute("roleNames", roleNames.all(locale));
        return "access/rights";
    }

    @PostMapping
    String save(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure,
            @RequestParam(name = "cell", required = false) @Nullable List<String> cells) {
        if (!rights.saveMatrix(user, structure, cells == null ? Set.of() : Set.copyOf(cells))) {
            throw RolesController.notFound();
        }
        return "redirect:/admin/structures/" + structure + "/rights?saved";
    }

    @PostMapping("/grants")
    String grant(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure,
            @RequestParam GroupRef group, @RequestParam UUID role) {
        return switch (rights.grant(user, structure, group.id(), role)) {
            case DONE -> "redirect:/admin/structures/" + structure + "/rights?granted#grants";
            case BEYOND_LIMITS -> "redirect:/admin/structures/" + structure + "/rights?refused#grants";
            case NOT_FOUND -> throw RolesController.notFound();
        };
    }

    @PostMapping("/grants/{grant}/revoke")
    String revoke(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure,
            @PathVariable UUID grant) {
        if (!rights.revoke(user, structure, grant)) {
            throw RolesController.notFound();
        }
        return "redirect:/admin/structures/" + structure + "/rights?revoked#grants";
    }
}
