package org.preau.console;

import java.time.LocalDate;

import org.preau.directory.DirectoryAdmin;
import org.preau.identity.Accounts;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person as the admin sees them: profiles, classes, family, source, state, account; block and unblock. */
@Controller
class PersonAdminController {

    private final DirectoryAdmin admin;
    private final Accounts accounts;

    PersonAdminController(DirectoryAdmin admin, Accounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @GetMapping("/admin/persons/{id}")
    String person(@AuthenticationPrincipal PreauUser user, @PathVariable String id, Model model) {
        PersonId personId = new PersonId(ConsoleController.uuid(id));
        model.addAttribute("person", admin.person(user, personId).orElseThrow(ConsoleController::notFound));
        model.addAttribute("account", accounts.account(personId).orElse(null));
        model.addAttribute("today", LocalDate.now());
        return "console/person";
    }

    @PostMapping("/admin/persons/{id}/state")
    String setState(@AuthenticationPrincipal PreauUser user, @PathVariable String id,
            @RequestParam boolean blocked) {
        PersonId personId = new PersonId(ConsoleController.uuid(id));
        if (!admin.setBlocked(user, personId, blocked)) {
            throw ConsoleController.notFound();
        }
        return "redirect:/admin/persons/" + personId + (blocked ? "?blocked" : "?unblocked");
    }
}
