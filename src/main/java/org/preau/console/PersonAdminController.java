package org.preau.console;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.IdentityForm;
import org.preau.identity.Accounts;
import org.preau.identity.CodeReissue;
import org.preau.identity.Mfa;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A person as the admin sees them: profiles, classes, family, source, state, account; block
 * and unblock; reset the password with a new activation code.
 */
@Controller
@RequiresAction(ConsoleApplications.MANAGE_PEOPLE)
class PersonAdminController {

    private final DirectoryAdmin admin;
    private final Accounts accounts;
    private final org.preau.identity.AuditLog audit;
    private final Mfa mfa;
    private final CodeReissue reissue;
    private final MessageSource messages;

    PersonAdminController(DirectoryAdmin admin, Accounts accounts, org.preau.identity.AuditLog audit, Mfa mfa,
            CodeReissue reissue, MessageSource messages) {
        this.messages = messages;
        this.admin = admin;
        this.accounts = accounts;
        this.audit = audit;
        this.mfa = mfa;
        this.reissue = reissue;
    }

    @GetMapping("/admin/persons/{id}")
    String person(@AuthenticationPrincipal PreauUser user, @PathVariable("id") PersonId personId, Model model) {
        var person = admin.person(user, personId).orElseThrow(ConsoleController::notFound);
        model.addAttribute("identity", new IdentityForm(person.card().firstName(), person.card().lastName(),
                person.birthDate()));
        return page(personId, person, model, user);
    }

    @PostMapping("/admin/persons/{id}/identity")
    String correct(@AuthenticationPrincipal PreauUser user, @PathVariable("id") PersonId personId,
            @Validated @ModelAttribute("identity") IdentityForm identity, BindingResult errors, Model model) {
        var person = admin.person(user, personId).orElseThrow(ConsoleController::notFound);
        if (errors.hasErrors()) {
            return page(personId, person, model, user);
        }
        admin.updateIdentity(user, personId, identity.firstName(), identity.lastName(), identity.birthDate());
        return "redirect:/admin/persons/" + personId + "?corrected";
    }

    /**
     * The person an action is aimed at: 404 when the admin does not administer them, 403 when he
     * sees them but may not act on them (another school's too, a peer admin, himself).
     */
    private void actionable(PreauUser user, PersonId personId) {
        if (!admin.administers(user, personId)) {
            throw ConsoleController.notFound();
        }
        if (!admin.mayActOn(user, personId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @PostMapping("/admin/persons/{id}/unlock")
    String unlock(@AuthenticationPrincipal PreauUser user, @PathVariable("id") PersonId personId) {
        actionable(user, personId);
        accounts.unlock(user, personId);
        return "redirect:/admin/persons/" + personId + "?unlocked";
    }

    /** Ends every session of the person, on every device. */
    @PostMapping("/admin/persons/{id}/sessions/end")
    String endSessions(@AuthenticationPrincipal PreauUser user, @PathVariable("id") PersonId personId) {
        actionable(user, personId);
        return "redirect:/admin/persons/" + personId + "?sessionsEnded=" + accounts.endSessions(user, personId);
    }

    /** A lost phone and no recovery code left: the admin turns the person's second factor off. */
    @PostMapping("/admin/persons/{id}/mfa/reset")
    String resetMfa(@AuthenticationPrincipal PreauUser user, @PathVariable("id") PersonId personId) {
        actionable(user, personId);
        if (!mfa.reset(user, personId)) {
            throw ConsoleController.notFound();
        }
        return "redirect:/admin/persons/" + personId + "?mfaReset";
    }

    /**
     * "Réinitialiser le mot de passe": the password is taken away and a new activation code
     * is shown once, on a letter to print.
     */
    @PostMapping("/admin/persons/{id}/reset-password")
    String resetPassword(@AuthenticationPrincipal PreauUser user, @PathVariable("id") PersonId personId,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, HttpServletResponse response,
            Locale locale) {
        actionable(user, personId);
        var person = admin.person(user, personId).orElseThrow(ConsoleController::notFound);
        if (!confirmed) {
            // first what will happen, then the same form again with confirmed=true (no script needed)
            String name = person.card().displayName();
            model.addAttribute("confirmTitle", messages.getMessage("reset.confirm.title", new Object[] {name}, locale));
            model.addAttribute("what", messages.getMessage("reset.confirm.what", new Object[] {name}, locale));
            model.addAttribute("confirm", messages.getMessage("reset.admin.button", null, locale));
            model.addAttribute("action", "/admin/persons/" + personId + "/reset-password");
            model.addAttribute("back", "/admin/persons/" + personId);
            return "console/confirm";
        }
        var letter = reissue.byAdmin(user, personId).orElseThrow(ConsoleController::notFound);
        model.addAttribute("person", person);
        model.addAttribute("letter", letter);
        model.addAttribute("baseUrl", reissue.letterAddress());
        response.setHeader("Cache-Control", "no-store");
        return "console/reset-letter";
    }

    private String page(PersonId personId, org.preau.directory.AdminViews.PersonDetail person, Model model,
            PreauUser user) {
        model.addAttribute("person", person);
        model.addAttribute("account", accounts.account(personId).orElse(null));
        model.addAttribute("mayReset", reissue.adminMay(user, personId));
        model.addAttribute("mayAct", admin.mayActOn(user, personId));
        model.addAttribute("mfaEnabled", mfa.enabled(personId));
        return "console/person";
    }

    @PostMapping("/admin/persons/{id}/state")
    String setState(@AuthenticationPrincipal PreauUser user, @PathVariable("id") PersonId personId,
            @RequestParam boolean blocked, @RequestParam(required = false) @Nullable String reason) {
        actionable(user, personId);
        String kept = reason == null || reason.isBlank() ? null : reason.strip();
        if (kept != null && kept.length() > PersonSuspensionApiController.MAX_REASON) {
            kept = kept.substring(0, PersonSuspensionApiController.MAX_REASON);
        }
        if (!admin.setBlocked(user, personId, blocked, kept)) {
            throw ConsoleController.notFound();
        }
        audit.record(blocked ? org.preau.identity.AuditLog.Type.ACCOUNT_BLOCKED : org.preau.identity.AuditLog.Type.ACCOUNT_UNBLOCKED,
                personId, user.personId(), null);
        return "redirect:/admin/persons/" + personId + (blocked ? "?blocked" : "?unblocked");
    }
}
