package org.preau.console;

import org.preau.directory.DirectoryAdmin;
import org.preau.directory.PersonForm;
import org.preau.directory.Profile;
import org.preau.identity.Accounts;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
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

/** Creating a person by hand (schools outside the registers, newcomers) and correcting one. */
@Controller
@RequiresAction(value = ConsoleApplications.MANAGE_PEOPLE, structure = "id")
class PersonFormController {

    private final DirectoryAdmin admin;
    private final Accounts accounts;

    PersonFormController(DirectoryAdmin admin, Accounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @GetMapping("/admin/structures/{id}/persons/new")
    String form(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure, Model model) {
        return page(user, structure, PersonForm.empty(), model);
    }

    @PostMapping("/admin/structures/{id}/persons")
    String create(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure,
            @Validated @ModelAttribute("person") PersonForm person, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return page(user, structure, person, model);
        }
        PersonId created = admin.create(user, structure, person).orElseThrow(ConsoleController::notFound);
        accounts.openGenerated(created, person.firstName().strip(), person.lastName().strip());
        return "redirect:/admin/persons/" + created + "?created";
    }

    private String page(PreauUser user, StructureId structure, PersonForm person, Model model) {
        model.addAttribute("structure", admin.structure(user, structure).orElseThrow(ConsoleController::notFound));
        model.addAttribute("classes", admin.classes(user, structure));
        model.addAttribute("person", person);
        model.addAttribute("profiles", new Profile[] { Profile.STUDENT, Profile.TEACHER, Profile.RELATIVE,
                Profile.PERSONNEL, Profile.GUEST });
        return "console/person-form";
    }
}
