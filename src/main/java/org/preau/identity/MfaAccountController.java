package org.preau.identity;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Double authentification" on Mon compte: turn it on with an authenticator application,
 * see how many recovery codes are left and get new ones, turn it off (password again, and
 * never when the person's roles make it mandatory).
 */
@AnyAuthenticated
@Controller
class MfaAccountController {

    private static final String PAGE = "/account/mfa";

    private final Mfa mfa;
    private final MfaMailCodes mailCodes;

    MfaAccountController(Mfa mfa, MfaMailCodes mailCodes) {
        this.mfa = mfa;
        this.mailCodes = mailCodes;
    }

    @GetMapping(PAGE)
    String status(@AuthenticationPrincipal PreauUser user, Model model) {
        return page(user, model, null);
    }

    @GetMapping(PAGE + "/enrol")
    String enrolment(@AuthenticationPrincipal PreauUser user, Model model) {
        return enrolmentPage(user, model, false);
    }

    @PostMapping(PAGE + "/enrol")
    String enrol(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String code, Model model) {
        var codes = mfa.confirmEnrolment(user, code.length() > 32 ? "" : code);
        if (codes.isEmpty()) {
            return enrolmentPage(user, model, true);
        }
        return recoveryCodes(codes.get(), PAGE + "?enabled", model);
    }

    @PostMapping(PAGE + "/recovery-codes")
    String regenerate(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String password,
            Model model) {
        var codes = mfa.regenerateRecoveryCodes(user, password);
        if (codes.isEmpty()) {
            return page(user, model, "regenerate");
        }
        return recoveryCodes(codes.get(), PAGE, model);
    }

    @PostMapping(PAGE + "/disable")
    String disable(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String password,
            Model model) {
        return switch (mfa.disable(user, password)) {
            case DONE -> "redirect:" + PAGE + "?disabled";
            case NOT_ENABLED -> "redirect:" + PAGE;
            case WRONG_PASSWORD -> page(user, model, "disable");
            case MANDATORY -> page(user, model, "mandatory");
        };
    }

    /** The page, with the error of the form named by {@code failedForm}, if any. */
    private String page(PreauUser user, Model model, @Nullable String failedForm) {
        boolean enabled = mfa.enabled(user.personId());
        model.addAttribute("enabled", enabled);
        model.addAttribute("mandatory", mfa.mandatory(user.roles()));
        model.addAttribute("codesLeft", enabled ? mfa.recoveryCodesLeft(user.personId()) : 0);
        model.addAttribute("canMail", mailCodes.available(user.personId()));
        model.addAttribute("failedForm", failedForm);
        return "identity/mfa-account";
    }

    private String enrolmentPage(PreauUser user, Model model, boolean refused) {
        String page = enrolmentPage(mfa, user, model, PAGE + "/enrol", false, refused);
        return page == null ? "redirect:" + PAGE : page;
    }

    /**
     * The enrolment page, from Mon compte or at login ({@code mandatory}), its form posting to
     * {@code action}; null when the person has an authenticator already.
     */
    static @Nullable String enrolmentPage(Mfa mfa, PreauUser user, Model model, String action, boolean mandatory,
            boolean refused) {
        var enrolment = mfa.startEnrolment(user);
        if (enrolment.isEmpty()) {
            return null;
        }
        model.addAttribute("enrolment", enrolment.get());
        model.addAttribute("refused", refused);
        model.addAttribute("action", action);
        model.addAttribute("mandatory", mandatory);
        return "identity/mfa-enrol";
    }

    private String recoveryCodes(java.util.List<String> codes, String continueTo, Model model) {
        model.addAttribute("codes", codes);
        model.addAttribute("continueTo", continueTo);
        return "identity/mfa-recovery-codes";
    }
}
