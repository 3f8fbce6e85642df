package org.preau.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.SecondFactor;
import org.springframework.security.core.Authentication;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second step of login ({@code /login/mfa}): a code, or a code asked for by mail, or a
 * recovery code; and the enrolment of an authenticator for people who must have one and
 * have none yet. Only a login waiting for its second factor gets here; the navigation shell
 * is hidden, as nothing else is open to it.
 */
@AnyAuthenticated
@Controller
class MfaLoginController {

    private static final String ENROL = SecondFactor.PAGE + "/enrol";

    private final Mfa mfa;
    private final MfaLogin login;
    private final MfaMailCodes mailCodes;

    MfaLoginController(Mfa mfa, MfaLogin login, MfaMailCodes mailCodes) {
        this.mfa = mfa;
        this.login = login;
        this.mailCodes = mailCodes;
    }

    @GetMapping(SecondFactor.PAGE)
    String step(Authentication authentication, Model model, @RequestParam(required = false) @Nullable String sent,
            @RequestParam(required = false) @Nullable String tooMany, HttpServletRequest request,
            HttpServletResponse response) {
        if (!SecondFactor.pending(authentication)) {
            return "redirect:/";
        }
        PreauUser user = (PreauUser) authentication.getPrincipal();
        if (!mfa.enabled(user.personId())) {
            if (mfa.mandatory(user.roles())) {
                return "redirect:" + ENROL;
            }
            // turned off by an admin since the password was given: nothing more to ask
            login.complete(request, response);
            return "redirect:" + login.continueTarget(request, response);
        }
        return page(user, model, null, sent != null, tooMany != null);
    }

    @PostMapping(SecondFactor.PAGE)
    String verify(Authentication authentication, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!SecondFactor.pending(authentication)) {
            return "redirect:/";
        }
        PreauUser user = (PreauUser) authentication.getPrincipal();
        String typed = code.length() > 32 ? "" : code.strip();
        return switch (login.verify(user.personId(), typed, request.getRemoteAddr())) {
            case ACCEPTED -> {
                login.complete(request, response);
                yield "redirect:" + login.continueTarget(request, response);
            }
            case REFUSED -> page(user, model, "mfa.step.refused", false, false);
            case LOCKED -> page(user, model, "mfa.step.locked", false, false);
        };
    }

    @PostMapping(SecondFactor.PAGE + "/mail")
    String mail(Authentication authentication, Locale locale) {
        if (!SecondFactor.pending(authentication)) {
            return "redirect:/";
        }
        PreauUser user = (PreauUser) authentication.getPrincipal();
        return switch (mailCodes.send(user.personId(), locale)) {
            case SENT -> "redirect:" + SecondFactor.PAGE + "?sent";
            case TOO_MANY -> "redirect:" + SecondFactor.PAGE + "?tooMany";
            case NO_ADDRESS -> "redirect:" + SecondFactor.PAGE;
        };
    }

    @GetMapping(ENROL)
    String enrolment(Authentication authentication, Model model) {
        if (!SecondFactor.pending(authentication)) {
            return "redirect:/";
        }
        PreauUser user = (PreauUser) authentication.getPrincipal();
        if (!mfa.mandatory(user.roles())) {
            return "redirect:" + SecondFactor.PAGE;
        }
        return enrolmentPage(user, model, false);
    }

    @PostMapping(ENROL)
    String enrol(Authentication authentication, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!SecondFactor.pending(authentication)) {
            return "redirect:/";
        }
        PreauUser user = (PreauUser) authentication.getPrincipal();
        if (!mfa.mandatory(user.roles())) {
            return "redirect:" + SecondFactor.PAGE;
        }
        var codes = mfa.confirmEnrolment(user, code.length() > 32 ? "" : code);
        if (codes.isEmpty()) {
            return enrolmentPage(user, model, true);
        }
        login.succeeded(user.personId(), request.getRemoteAddr());
        login.complete(request, response);
        model.addAttribute("codes", codes.get());
        model.addAttribute("continueTo", login.continueTarget(request, response));
        return "identity/mfa-recovery-codes";
    }

    /** The second step's page, with an error message key, or saying a code was sent or too many were asked. */
    private String page(PreauUser user, Model model, @Nullable String error, boolean sent, boolean tooMany) {
        model.addAttribute("shell", null);
        model.addAttribute("sent", sent);
        model.addAttribute("tooMany", tooMany);
        model.addAttribute("canMail", mailCodes.available(user.personId()));
        model.addAttribute("error", error);
        return "identity/mfa";
    }

    private String enrolmentPage(PreauUser user, Model model, boolean refused) {
        model.addAttribute("shell", null);
        String page = MfaAccountController.enrolmentPage(mfa, user, model, ENROL, true, refused);
        return page == null ? "redirect:" + SecondFactor.PAGE : page;
    }
}
