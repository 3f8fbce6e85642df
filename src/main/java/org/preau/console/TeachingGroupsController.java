package org.preau.console;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.TeachingGroupAdmin;
import org.preau.platform.ClassId;
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

/**
 * A structure's teaching groups ("Latin 5e", "6A groupe 1"), whose books the diary keeps: the list
 * with teachers and pupil counts, creating a group, choosing its pupils class by class, naming its
 * teachers with a subject. Groups from the import are shown read-only. Another school's group is a 404.
 */
@Controller
@RequiresAction(value = TeachingGroupAdmin.ACTION, structure = "id")
class TeachingGroupsController {

    private final TeachingGroupAdmin groups;
    private final DirectoryAdmin admin;

    TeachingGroupsController(TeachingGroupAdmin groups, DirectoryAdmin admin) {
        this.groups = groups;
        this.admin = admin;
    }

    @GetMapping("/admin/structures/{id}/teaching-groups")
    String list(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure, Model model) {
        administered(user, structure);
        model.addAttribute("structure", admin.structure(user, structure).orElseThrow(ConsoleController::notFound));
        model.addAttribute("groups", groups.groups(user, structure));
        return "console/teaching-groups";
    }

    @PostMapping("/admin/structures/{id}/teaching-groups")
    String create(@AuthenticationPrincipal PreauUser user,
            @PathVariable("id") StructureId structure, @RequestParam String name) {
        administered(user, structure);
        return groups.create(user, structure, name).map(g -> "redirect:" + page(structure, g) + "?created")
                .orElse("redirect:/admin/structures/" + structure + "/teaching-groups?invalidName");
    }

    @GetMapping("/admin/structures/{id}/teaching-groups/{group}")
    String group(@AuthenticationPrincipal PreauUser user,
            @PathVariable("id") StructureId structure, @PathVariable("group") UUID groupId,
            @RequestParam(name = "class", required = false) @Nullable ClassId classId, Model model) {
        administered(user, structure);
        var detail = groups.group(user, structure, groupId).orElseThrow(ConsoleController::notFound);
        model.addAttribute("group", detail);
        model.addAttribute("classes", admin.classes(user, structure));
        model.addAttribute("chosenClass", classId);
        model.addAttribute("candidates", groups.candidates(user, structure, groupId, classId));
        model.addAttribute("teachers", groups.teachers(user, structure));
        model.addAttribute("subjects", groups.subjects(user, structure));
        return "console/teaching-group";
    }

    @PostMapping("/admin/structures/{id}/teaching-groups/{group}/pupils")
    String addPupil(@AuthenticationPrincipal PreauUser user,
            @PathVariable("id") StructureId structure, @PathVariable("group") UUID groupId,
            @RequestParam PersonId person, @RequestParam(name = "class", required = false) @Nullable ClassId classId) {
        administered(user, structure);
        check(groups.addPupil(user, structure, groupId, person));
        String back = classId == null ? "" : "&class=" + classId + "#candidates";
        return "redirect:" + page(structure, groupId) + "?added" + back;
    }

    @PostMapping("/admin/structures/{id}/teaching-groups/{group}/pupils/remove")
    String removePupil(@AuthenticationPrincipal PreauUser user,
            @PathVariable("id") StructureId structure, @PathVariable("group") UUID groupId,
            @RequestParam PersonId person) {
        administered(user, structure);
        check(groups.removePupil(user, structure, groupId, person));
        return "redirect:" + page(structure, groupId) + "?removed";
    }

    @PostMapping("/admin/structures/{id}/teaching-groups/{group}/teachers")
    String addTeacher(@AuthenticationPrincipal PreauUser user,
            @PathVariable("id") StructureId structure, @PathVariable("group") UUID groupId,
            @RequestParam PersonId person, @RequestParam UUID subject) {
        administered(user, structure);
        check(groups.addTeacher(user, structure, groupId, person, subject));
        return "redirect:" + page(structure, groupId) + "?added";
    }

    @PostMapping("/admin/structures/{id}/teaching-groups/{group}/teachers/remove")
    String removeTeacher(@AuthenticationPrincipal PreauUser user,
            @PathVariable("id") StructureId structure, @PathVariable("group") UUID groupId,
            @RequestParam PersonId person, @RequestParam UUID subject) {
        administered(user, structure);
        check(groups.removeTeacher(user, structure, groupId, person, subject));
        return "redirect:" + page(structure, groupId) + "?removed";
    }

    private void administered(PreauUser user, StructureId structure) {
        admin.structure(user, structure).orElseThrow(ConsoleController::notFound);
    }

    private static void check(boolean done) {
        if (!done) {
            throw ConsoleController.notFound();
        }
    }

    private static String page(StructureId structure, UUID group) {
        return "/admin/structures/" + structure + "/teaching-groups/" + group;
    }
}
