package org.preau.portal;

import org.preau.directory.ContactDetails;
import org.preau.directory.Directory;
import org.preau.identity.EmailVerification;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.RequiresAction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mon compte": who I am, my profiles, my contact details (whether my address is verified) and
 * my language.
 */
@Controller
@AnyAuthenticated
class AccountController {

    private final Directory directory;
    private final org.preau.directory.Photos photos;
    private final EmailVerification verification;

    AccountController(Directory directory, org.preau.directory.Photos photos, EmailVerification verification) {
        this.directory = directory;
        this.photos = photos;
        this.verification = verification;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal PreauUser user, Model model,
            @RequestParam(required = false) String saved) {
        model.addAttribute("contact", directory.contact(user.personId()));
        model.addAttribute("saved", saved != null);
        return page(user, model);
    }

    @PostMapping("/account/contact")
    @RequiresAction(PortalApplications.ACCOUNT_EDIT)
    String saveContact(@AuthenticationPrincipal PreauUser user,
            @Validated @ModelAttribute("contact") ContactDetails contact, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("saved", false);
            return page(user, model);
        }
        directory.updateContact(user.personId(), contact);
        return "redirect:/account?saved";
    }

    private String page(PreauUser user, Model model) {
        model.addAttribute("card", directory.card(user.personId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("login", user.login());
        model.addAttribute("hasPhoto", photos.has(user.personId()));
        model.addAttribute("emailStatus", verification.status(user.personId()));
        return "portal/account";
    }
}
