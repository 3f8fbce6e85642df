package org.preau.identity;

import java.util.List;

import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

/** "Changer mon mot de passe" on Mon compte. */
@Controller
@AnyAuthenticated
class PasswordChangeController {

    private final PasswordChange change;
    private final PasswordPolicy policy;
    private final Sessions sessions;

    PasswordChangeController(PasswordChange change, PasswordPolicy policy, Sessions sessions) {
        this.change = change;
        this.policy = policy;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal PreauUser user, Model model) {
        return page(user, List.of(), false, model);
    }

    @PostMapping("/account/password")
    String submit(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            @RequestParam(defaultValue = "false") boolean keepTokens, HttpSession session, Model model) {
        boolean mismatch = !password.equals(confirmation);
        var violations = mismatch ? List.<PasswordPolicy.Violation>of() : change.change(user, current, password);
        if (mismatch || !violations.isEmpty()) {
            return page(user, violations, mismatch, model);
        }
        // whoever knew the old password is out: every other session ends, and the tokens unless kept
        sessions.endOthers(user, session.getId(), keepTokens);
        return "redirect:/account?passwordChanged";
    }

    private String page(PreauUser user, List<PasswordPolicy.Violation> violations, boolean mismatch, Model model) {
        var kind = change.kind(user);
        model.addAttribute("violations", violations);
        model.addAttribute("mismatch", mismatch);
        model.addAttribute("passwordRule", "password.rule." + kind);
        model.addAttribute("minimum", policy.minimum(kind));
        return "identity/password";
    }
}
