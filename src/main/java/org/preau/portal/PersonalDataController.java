package org.preau.portal;

import org.preau.directory.Guardians;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Mes données" in "Mon compte": what the export holds, and a download for oneself and for each
 * child one is the legal guardian of ({@link PersonalDataApiController} makes the zip).
 */
@Controller
@AnyAuthenticated
class PersonalDataController {

    private final PersonalDataExporter exporter;
    private final Guardians guardians;

    PersonalDataController(PersonalDataExporter exporter, Guardians guardians) {
        this.exporter = exporter;
        this.guardians = guardians;
    }

    @GetMapping("/account/data")
    String page(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("parts", exporter.partNames());
        model.addAttribute("wards", guardians.wards(user.personId()));
        return "portal/personal-data";
    }
}
