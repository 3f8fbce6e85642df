package org.preau.console;


import org.jspecify.annotations.Nullable;
import org.preau.directory.AdminViews.PeopleFilter;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.Profile;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.web.RequiresAction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The console's home and structure pages; what an admin does not manage is a 404. */
@Controller
class ConsoleController {

    private final DirectoryAdmin admin;

    ConsoleController(DirectoryAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/admin")
    @RequiresAction({ ConsoleApplications.MANAGE_PEOPLE, ConsoleApplications.IMPORTS, ConsoleApplications.GROUPS,
            ConsoleApplications.AUDIT, "access.rights", "access.roles" })
    String home(@AuthenticationPrincipal PreauUser user, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Target", required = false) @Nullable String target, Model model) {
        requireAdmin(user);
        var mine = admin.structures(user);
        model.addAttribute("structures", StructureList.of(mine, q, page));
        model.addAttribute("structureCount", mine.size());
        return "structure-list".equals(target) ? "console/home :: list" : "console/home";
    }

    @GetMapping("/admin/structures/{id}")
    @RequiresAction(value = ConsoleApplications.MANAGE_PEOPLE, structure = "id")
    String structure(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structureId,
            @RequestParam(required = false) @Nullable Profile profile,
            @RequestParam(required = false) @Nullable ClassId classId,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Target", required = false) @Nullable String target, Model model) {
        requireAdmin(user);
        var structure = admin.structure(user, structureId).orElseThrow(ConsoleController::notFound);
        var filter = new PeopleFilter(profile, classId,
                state == null || state.isBlank() ? null : state, q == null || q.isBlank() ? null : q.strip());
        model.addAttribute("structure", structure);
        model.addAttribute("classes", admin.classes(user, structureId));
        model.addAttribute("filter", filter);
        model.addAttribute("people", admin.people(user, structureId, filter, page));
        model.addAttribute("profiles", Profile.values());
        return "people".equals(target) ? "console/structure :: people" : "console/structure";
    }

    @GetMapping("/admin/structures/{id}/pending")
    @RequiresAction(value = ConsoleApplications.MANAGE_PEOPLE, structure = "id")
    String pending(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structureId, Model model) {
        requireAdmin(user);
        model.addAttribute("structure", admin.structure(user, structureId).orElseThrow(ConsoleController::notFound));
        model.addAttribute("pending", admin.pendingDeletion(user, structureId));
        return "console/pending";
    }

    private void requireAdmin(PreauUser user) {
        if (!admin.isAdmin(user)) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
