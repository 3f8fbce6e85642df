package org.preau.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.directory.ContactDetails;
import org.preau.platform.web.PublicEndpoint;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** "Activer mon compte": the code first, then the password, the charter and contact details. */
@Controller
@PublicEndpoint
class ActivationController {

    static final String PENDING = "preau.activation";

    private final Activation activation;
    private final PasswordPolicy policy;
    private final RecoveryThrottle throttle;
    private final AccountLanguages languages;

    ActivationController(Activation activation, PasswordPolicy policy, RecoveryThrottle throttle,
            AccountLanguages languages) {
        this.activation = activation;
        this.policy = policy;
        this.throttle = throttle;
        this.languages = languages;
    }

    @GetMapping("/activate")
    String start() {
        return "identity/activate";
    }

    /** The charter of use that activation asks to accept, readable before logging in. */
    @GetMapping("/activate/charter")
    String charter() {
        return "identity/charter";
    }

    @PostMapping("/activate")
    String code(@RequestParam(defaultValue = "") String login, @RequestParam(defaultValue = "") String code,
            HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
        var throttled = throttle.refuseWhileFailing(request, response, model);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        var pending = activation.check(login, code);
        if (pending.isEmpty()) {
            throttle.failed(request);
            model.addAttribute("refused", true);
            model.addAttribute("login", login.length() > 64 ? "" : login);
            return "identity/activate";
        }
        session.setAttribute(PENDING, pending.get());
        return "redirect:/activate/password";
    }

    @GetMapping("/activate/password")
    String passwordForm(HttpSession session, Model model) {
        var pending = (Activation.@Nullable Pending) session.getAttribute(PENDING);
        if (pending == null) {
            return "redirect:/activate";
        }
        return page(pending, new ContactDetails(null, null), List.of(), false, model);
    }

    @PostMapping("/activate/password")
    String choose(HttpSession session, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, @RequestParam(defaultValue = "false") boolean charter,
            @Validated @ModelAttribute("contact") ContactDetails contact, BindingResult errors, Model model) {
        var pending = (Activation.@Nullable Pending) session.getAttribute(PENDING);
        if (pending == null) {
            return "redirect:/activate";
        }
        var violations = activation.violations(pending, password);
        boolean mismatch = !password.equals(confirmation);
        if (!violations.isEmpty() || mismatch || !charter || errors.hasErrors()) {
            model.addAttribute("mismatch", mismatch && violations.isEmpty());
            model.addAttribute("charterMissing", !charter);
            return page(pending, contact, violations, true, model);
        }
        languages.remember(pending.person(), LocaleContextHolder.getLocale());
        if (!activation.activate(pending, password, contact)) {
            session.removeAttribute(PENDING);
            return "redirect:/activate";
        }
        session.removeAttribute(PENDING);
        return "redirect:/login?activated";
    }

    private String page(Activation.Pending pending, ContactDetails contact, List<PasswordPolicy.Violation> violations,
            boolean submitted, Model model) {
        model.addAttribute("pending", pending);
        model.addAttribute("contact", contact);
        model.addAttribute("violations", violations);
        model.addAttribute("submitted", submitted);
        model.addAttribute("passwordRule", "password.rule." + pending.kind());
        model.addAttribute("minimum", policy.minimum(pending.kind()));
        return "identity/activate-password";
    }
}
