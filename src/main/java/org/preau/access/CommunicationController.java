package org.preau.access;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.Profile;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The communication matrix in the console: the territory's defaults for the central admin,
 * a structure's and a class's rules for their admins. What an admin does not manage is a 404.
 */
@RequiresAction(RightsRules.RIGHTS)
@Controller
class CommunicationController {

    private final CommunicationRules rules;
    private final KillSwitch killSwitch;
    private final DirectoryAdmin admin;

    CommunicationController(CommunicationRules rules, KillSwitch killSwitch, DirectoryAdmin admin) {
        this.rules = rules;
        this.killSwitch = killSwitch;
        this.admin = admin;
    }

    @GetMapping("/admin/communication")
    String home(@AuthenticationPrincipal PreauUser user, @RequestParam(required = false) @Nullable StructureId from,
            @RequestParam(required = false) @Nullable StructureId to, Locale locale, Model model) {
        if (!admin.isAdmin(user)) {
            throw notFound();
        }
        model.addAttribute("structures", admin.structures(user));
        rules.territory(user).ifPresent(matrix -> {
            model.addAttribute("matrix", matrix);
            model.addAttribute("links", rules.links(user, null, locale));
            if (from != null && to != null) {
                model.addAttribute("fromGroups", rules.groups(user, from, locale));
                model.addAttribute("toGroups", rules.groups(user, to, locale));
            }
        });
        model.addAttribute("from", from == null ? null : from.toString());
        model.addAttribute("to", to == null ? null : to.toString());
        return "access/communication-territory";
    }

    @GetMapping("/admin/structures/{id}/communication")
    String structure(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure, Locale locale,
            @RequestParam(required = false) @Nullable String invalidReason, Model model) {
        model.addAttribute("matrix", rules.structure(user, structure).orElseThrow(CommunicationController::notFound));
        model.addAttribute("classes", admin.classes(user, structure));
        model.addAttribute("links", rules.links(user, structure, locale));
        model.addAttribute("groups", rules.groups(user, structure, locale));
        model.addAttribute("suspension", killSwitch.of(user, structure).orElse(null));
        model.addAttribute("modes", KillSwitch.Mode.values());
        model.addAttribute("invalidReason", invalidReason != null);
        return "access/communication";
    }

    @GetMapping("/admin/structures/{id}/communication/classes/{classId}")
    String ofClass(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure,
            @PathVariable ClassId classId, Model model) {
        var matrix = rules.ofClass(user, classId)
                .filter(m -> m.structure() != null && m.structure().id().equals(structure))
                .orElseThrow(CommunicationController::notFound);
        model.addAttribute("matrix", matrix);
        return "access/communication-class";
    }

    /** A structure's (or a class's) override of one template: set it, or reset it to the inherited value. */
    @PostMapping("/admin/structures/{id}/communication/rules")
    String set(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure,
            @RequestParam CommunicationScope scope, @RequestParam Profile from, @RequestParam Profile to,
            @RequestParam(required = false) @Nullable Boolean allowed,
            @RequestParam(name = "classId", required = false) @Nullable ClassId onClass) {
        rules.structure(user, structure).orElseThrow(CommunicationController::notFound);
        if (onClass != null && rules.ofClass(user, onClass).filter(m -> m.structure() != null
                && m.structure().id().equals(structure)).isEmpty()) {
            throw notFound();
        }
        var template = new CommunicationTemplate(scope, from, to);
        boolean done = allowed == null ? rules.reset(user, structure, onClass, template)
                : rules.set(user, structure, onClass, template, allowed);
        String page = "/admin/structures/" + structure + "/communication"
                + (onClass == null ? "" : "/classes/" + onClass);
        return "redirect:" + page + (done ? "?saved=" + key(template) : "?locked") + "#" + scope.name().toLowerCase(Locale.ROOT);
    }

    /** The central admin sets a default of the territory and whether structures may change it. */
    @PostMapping("/admin/communication/rules")
    String setDefault(@AuthenticationPrincipal PreauUser user, @RequestParam CommunicationScope scope,
            @RequestParam Profile from, @RequestParam Profile to, @RequestParam boolean allowed,
            @RequestParam(defaultValue = "false") boolean locked) {
        var template = new CommunicationTemplate(scope, from, to);
        if (!rules.setDefault(user, template, allowed, locked)) {
            throw notFound();
        }
        return "redirect:/admin/communication?saved=" + key(template) + "#" + scope.name().toLowerCase(Locale.ROOT);
    }

    /** How a saved template is named in the address, to say which one was saved. */
    static String key(CommunicationTemplate t) {
        return t.scope() + "." + t.from() + "." + t.to();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
