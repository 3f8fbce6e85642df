package org.preau.console;

import java.util.List;
import org.preau.directory.DirectoryAdmin;
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

/** Possible duplicates of a structure, and merging a pair into the record the admin keeps. */
@Controller
@RequiresAction(value = ConsoleApplications.MANAGE_PEOPLE, structure = "id")
class DuplicatesController {

    private final DirectoryAdmin admin;

    DuplicatesController(DirectoryAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/structures/{id}/duplicates")
    String list(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structureId, Model model) {
        model.addAttribute("structure", admin.structure(user, structureId).orElseThrow(ConsoleController::notFound));
        model.addAttribute("duplicates", admin.duplicates(user, structureId));
        return "console/duplicates";
    }

    @PostMapping("/admin/structures/{id}/duplicates")
    String merge(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structureId,
            @RequestParam PersonId keep, @RequestParam List<PersonId> pair) {
        if (pair.size() != 2 || !pair.contains(keep)) {
            throw ConsoleController.notFound();
        }
        PersonId remove = keep.equals(pair.get(0)) ? pair.get(1) : pair.get(0);
        boolean merged = admin.merge(user, structureId, keep, remove);
        if (!merged) {
            throw ConsoleController.notFound();
        }
        return "redirect:/admin/structures/" + structureId + "/duplicates?merged";
    }
}
