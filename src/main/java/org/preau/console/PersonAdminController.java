package org.preau.console;

import org.preau.directory.DirectoryAdmin;
import org.preau.directory.IdentityForm;
import org.preau.identity.Accounts;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person as the admin sees them: profiles, classes, family, source, state, account; block and unblock. */
@Controller
@RequiresAction(ConsoleApplications.MANAGE_PEOPLE)
class PersonAdminController {

    private final DirectoryAdmin admin;
    private final Accounts accounts;
    private final org.preau.identity.AuditLog audit;

    PersonAdminController(DirectoryAdmin admin, Accounts accounts, org.preau.identity.AuditLog audit) {
        this.admin = admin;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/admin/persons/{id}")
    String person(@AuthenticationPrincipal PreauUser user, @PathVariable String id, Model model) {
        PersonId personId = new PersonId(ConsoleController.uuid(id));
        var person = admin.person(user, personId).orElseThrow(ConsoleController::notFound);
        model.addAttribute("identity", new IdentityForm(person.card().firstName(), person.card().lastName(),
                person.birthDate()));
        return page(personId, person, model);
    }

    @PostMapping("/admin/persons/{id}/identity")
    String correct(@AuthenticationPrincipal PreauUser user, @PathVariable String id,
            @Validated @ModelAttribute("identity") IdentityForm identity, BindingResult errors, Model model) {
        PersonId personId = new PersonId(ConsoleController.uuid(id));
        var person = admin.person(user, personId).orElseThrow(ConsoleController::notFound);
        if (errors.hasErrors()) {
            return page(personId, person, model);
        }
        admin.updateIdentity(user, personId, identity.firstName(), identity.lastName(), identity.birthDate());
        return "redirect:/admin/persons/" + personId + "?corrected";
    }

    @PostMapping("/admin/persons/{id}/unlock")
    String unlock(@AuthenticationPrincipal PreauUser user, @PathVariable String id) {
        PersonId personId = new PersonId(ConsoleController.uuid(id));
        if (!admin.administers(user, personId)) {
            throw ConsoleController.notFound();
        }
        accounts.unlock(user, personId);
        return "redirect:/admin/persons/" + personId + "?unlocked";
    }

    private String page(PersonId personId, org.preau.directory.AdminViews.PersonDetail person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("account", accounts.account(personId).orElse(null));
        return "console/person";
    }

    @PostMapping("/admin/persons/{id}/state")
    String setState(@AuthenticationPrincipal PreauUser user, @PathVariable String id,
            @RequestParam boolean blocked) {
        PersonId personId = new PersonId(ConsoleController.uuid(id));
        if (!admin.setBlocked(user, personId, blocked)) {
            throw ConsoleController.notFound();
        }
        audit.record(blocked ? org.preau.identity.AuditLog.Type.ACCOUNT_BLOCKED : org.preau.identity.AuditLog.Type.ACCOUNT_UNBLOCKED,
                personId, user.personId(), null);
        return "redirect:/admin/persons/" + personId + (blocked ? "?blocked" : "?unblocked");
    }
}
