package org.preau.console;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.AdminViews.PeopleFilter;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.DirectoryGroups;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Manual groups of a structure: list, create, members (add by name search, remove), delete. */
@Controller
@RequiresAction(ConsoleApplications.GROUPS)
class GroupsController {

    private final DirectoryGroups groups;
    private final DirectoryAdmin admin;

    GroupsController(DirectoryGroups groups, DirectoryAdmin admin) {
        this.groups = groups;
        this.admin = admin;
    }

    @GetMapping("/admin/structures/{id}/groups")
    @RequiresAction(value = ConsoleApplications.GROUPS, structure = "id")
    String list(@AuthenticationPrincipal PreauUser user, @PathVariable String id, Model model) {
        StructureId structure = new StructureId(ConsoleController.uuid(id));
        model.addAttribute("structure", admin.structure(user, structure).orElseThrow(ConsoleController::notFound));
        model.addAttribute("groups", groups.groups(user, structure));
        return "console/groups";
    }

    @PostMapping("/admin/structures/{id}/groups")
    @RequiresAction(value = ConsoleApplications.GROUPS, structure = "id")
    String create(@AuthenticationPrincipal PreauUser user, @PathVariable String id, @RequestParam String name) {
        StructureId structure = new StructureId(ConsoleController.uuid(id));
        admin.structure(user, structure).orElseThrow(ConsoleController::notFound);
        return groups.create(user, structure, name).map(g -> "redirect:/admin/groups/" + g)
                .orElse("redirect:/admin/structures/" + structure + "/groups?invalidName");
    }

    @GetMapping("/admin/groups/{id}")
    String group(@AuthenticationPrincipal PreauUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String q, Model model) {
        UUID groupId = ConsoleController.uuid(id);
        var group = groups.group(user, groupId).orElseThrow(ConsoleController::notFound);
        model.addAttribute("group", group);
        model.addAttribute("q", q);
        if (q != null && q.strip().length() >= 2) {
            model.addAttribute("candidates", admin.people(user, group.structure().id(),
                    new PeopleFilter(null, null, "ACTIVE", q.strip()), 0).people());
        }
        return "console/group";
    }

    @PostMapping("/admin/groups/{id}/members")
    String add(@AuthenticationPrincipal PreauUser user, @PathVariable String id, @RequestParam String person) {
        UUID groupId = ConsoleController.uuid(id);
        if (!groups.add(user, groupId, new PersonId(ConsoleController.uuid(person)))) {
            throw ConsoleController.notFound();
        }
        return "redirect:/admin/groups/" + groupId + "?added";
    }

    @PostMapping("/admin/groups/{id}/members/remove")
    String remove(@AuthenticationPrincipal PreauUser user, @PathVariable String id, @RequestParam String person) {
        UUID groupId = ConsoleController.uuid(id);
        if (!groups.remove(user, groupId, new PersonId(ConsoleController.uuid(person)))) {
            throw ConsoleController.notFound();
        }
        return "redirect:/admin/groups/" + groupId + "?removed";
    }

    @PostMapping("/admin/groups/{id}/delete")
    String delete(@AuthenticationPrincipal PreauUser user, @PathVariable String id) {
        UUID groupId = ConsoleController.uuid(id);
        var group = groups.group(user, groupId).orElseThrow(ConsoleController::notFound);
        groups.delete(user, groupId);
        return "redirect:/admin/structures/" + group.structure().id() + "/groups?deleted";
    }
}
