package org.preau.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.preau.platform.web.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Mot de passe oublié", "Identifiant oublié" and the page of a reset link: open to people
 * who are not logged in, limited per address, and answering the same whether an account
 * matched or not.
 */
@PublicEndpoint
@Controller
class RecoveryController {

    /** The pages of this controller and of {@link EmailVerificationController} that need no login. */
    static final String[] PUBLIC_PAGES = { "/login/forgot", "/login/forgot-login", "/login/reset", "/email/verify" };

    private final PasswordReset reset;
    private final LoginReminder reminder;
    private final RecoveryThrottle throttle;
    private final PasswordPolicy policy;

    RecoveryController(PasswordReset reset, LoginReminder reminder, RecoveryThrottle throttle, PasswordPolicy policy) {
        this.reset = reset;
        this.reminder = reminder;
        this.throttle = throttle;
        this.policy = policy;
    }

    /** Adds the pages to every security filter chain as open to all, before its own rules. */
    @Bean
    static Customizer<HttpSecurity> recoveryPagesArePublic() {
        return http -> http.authorizeHttpRequests(pages -> pages.requestMatchers(PUBLIC_PAGES).permitAll());
    }

    @GetMapping("/login/forgot")
    String forgotForm() {
        return "identity/forgot";
    }

    @PostMapping("/login/forgot")
    String forgot(@RequestParam(defaultValue = "") String identifier, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return throttle.refuse(request, response, model).orElseGet(() -> {
            reset.request(identifier, LocaleContextHolder.getLocale(), request.getRemoteAddr());
            return "redirect:/login/forgot?sent";
        });
    }

    @GetMapping("/login/forgot-login")
    String forgotLoginForm() {
        return "identity/forgot-login";
    }

    @PostMapping("/login/forgot-login")
    String forgotLogin(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return throttle.refuse(request, response, model).orElseGet(() -> {
            reminder.remind(email, LocaleContextHolder.getLocale(), request.getRemoteAddr());
            return "redirect:/login/forgot-login?sent";
        });
    }

    @GetMapping("/login/reset")
    String resetForm(@RequestParam(required = false) @Nullable String token, HttpServletResponse response,
            Model model) {
        noStore(response);
        var pending = reset.check(token);
        if (pending.isEmpty()) {
            return invalid(model);
        }
        return form(pending.get(), token, List.of(), false, model);
    }

    @PostMapping("/login/reset")
    String resetPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        noStore(response);
        var refused = throttle.refuse(request, response, model);
        if (refused.isPresent()) {
            return refused.get();
        }
        var pending = reset.check(token);
        if (pending.isEmpty()) {
            return invalid(model);
        }
        if (!password.equals(confirmation)) {
            return form(pending.get(), token, List.of(), true, model);
        }
        var outcome = reset.reset(token, password, request.getRemoteAddr());
        if (!outcome.linkValid()) {
            return invalid(model);
        }
        return outcome.done() ? "redirect:/login?reset" : form(pending.get(), token, outcome.violations(), false, model);
    }

    private String form(PasswordReset.Pending pending, String token, List<PasswordPolicy.Violation> violations,
            boolean mismatch, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("login", pending.login());
        model.addAttribute("violations", violations);
        model.addAttribute("mismatch", mismatch);
        model.addAttribute("passwordRule", "password.rule." + pending.kind());
        model.addAttribute("minimum", policy.minimum(pending.kind()));
        return "identity/reset";
    }

    private static String invalid(Model model) {
        model.addAttribute("kind", "reset");
        return "identity/link-invalid";
    }

    /** A page holding a reset token is neither cached nor named to other sites. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
