package org.preau.access;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.platform.GroupRef;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Explicit rules between groups (added from a structure's page or, between schools, from the
 * territory's) and the kill switch of a structure.
 */
@RequiresAction(RightsRules.RIGHTS)
@Controller
class CommunicationLinksController {

    private final CommunicationRules rules;
    private final KillSwitch killSwitch;
    private final DirectoryAdmin admin;

    CommunicationLinksController(CommunicationRules rules, KillSwitch killSwitch, DirectoryAdmin admin) {
        this.rules = rules;
        this.killSwitch = killSwitch;
        this.admin = admin;
    }

    @PostMapping("/admin/communication/links")
    String add(@AuthenticationPrincipal PreauUser user, @RequestParam GroupRef from, @RequestParam GroupRef to,
            @RequestParam(defaultValue = "false") boolean both,
            @RequestParam(required = false) @Nullable StructureId structure) {
        var outcome = rules.addLink(user, from.id(), to.id(), both);
        return "redirect:" + back(user, structure) + (outcome == CommunicationRules.LinkOutcome.ADDED ? "?linkAdded"
                : "?linkRefused") + "#links";
    }

    @PostMapping("/admin/communication/links/{id}/delete")
    String remove(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable StructureId structure) {
        if (!rules.removeLink(user, id)) {
            throw CommunicationController.notFound();
        }
        return "redirect:" + back(user, structure) + "?linkRemoved#links";
    }

    /** The structure's page when the admin manages it, otherwise the territory's (never an address from outside). */
    private String back(PreauUser user, @Nullable StructureId structure) {
        if (structure != null && admin.administers(user, structure)) {
            return "/admin/structures/" + structure + "/communication";
        }
        if (!rules.isCentralAdmin(user)) {
            throw CommunicationController.notFound();
        }
        return "/admin/communication";
    }

    @PostMapping("/admin/structures/{id}/kill-switch")
    String suspend(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure,
            @RequestParam KillSwitch.Mode mode, @RequestParam(defaultValue = "") String reason) {
        administered(user, structure);
        boolean done = killSwitch.suspend(user, structure, mode, reason);
        return "redirect:/admin/structures/" + structure + "/communication" + (done ? "?suspended" : "?invalidReason")
                + "#kill-switch";
    }

    @PostMapping("/admin/structures/{id}/kill-switch/lift")
    String lift(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure) {
        administered(user, structure);
        killSwitch.lift(user, structure);
        return "redirect:/admin/structures/" + structure + "/communication?lifted#kill-switch";
    }

    private void administered(PreauUser user, StructureId structure) {
        if (!admin.administers(user, structure)) {
            throw CommunicationController.notFound();
        }
    }
}
