package org.preau.identity;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The link of a verification mail (logged in or not), and "send the link again" on "Mon compte". */
@Controller
class EmailVerificationController {

    private final EmailVerification verification;

    EmailVerificationController(EmailVerification verification) {
        this.verification = verification;
    }

    @PublicEndpoint
    @GetMapping("/email/verify")
    String verify(@RequestParam(required = false) @Nullable String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (token == null || verification.verify(token).isEmpty()) {
            model.addAttribute("kind", "verification");
            return "identity/link-invalid";
        }
        return "identity/email-verified";
    }

    @AnyAuthenticated
    @PostMapping("/account/email/verify")
    String resend(@AuthenticationPrincipal PreauUser user) {
        return verification.send(user.personId()) ? "redirect:/account?verificationSent"
                : "redirect:/account?verificationNotSent";
    }
}
