package org.preau.identity;

import java.time.Duration;
import java.util.UUID;

import org.preau.platform.PreauUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mes jetons d'accès": tokens for the mobile app and scripts, created, shown once, revoked. */
@AnyAuthenticated
@Controller
class AccessTokensController {

    private final AccessTokens tokens;

    AccessTokensController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("tokens", tokens.tokens(user));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int days, Model model) {
        int lifetime = days == 30 || days == 90 || days == 365 ? days : 90;
        var created = tokens.create(user, name, Duration.ofDays(lifetime));
        model.addAttribute("created", created.orElse(null));
        model.addAttribute("tooMany", created.isEmpty());
        model.addAttribute("tokens", tokens.tokens(user));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens/revoke")
    String revoke(@AuthenticationPrincipal PreauUser user, @RequestParam UUID id) {
        return tokens.revoke(user, id) ? "redirect:/account/tokens?revoked" : "redirect:/account/tokens";
    }
}
