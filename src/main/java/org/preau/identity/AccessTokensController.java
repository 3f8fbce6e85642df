package org.preau.identity;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("chosen", EnumSet.of(TokenScope.READ));
        return "identity/tokens";
    }

    /** A new token: the password typed again (or an authenticator code), its scopes, its lifetime. */
    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int days, @RequestParam(required = false) List<String> scopes,
            @RequestParam(defaultValue = "") String proof, Model model) {
        int lifetime = days == 30 || days == 90 || days == 365 ? days : 90;
        Set<TokenScope> chosen = EnumSet.noneOf(TokenScope.class);
        for (String scope : scopes == null ? List.<String>of() : scopes) {
            Arrays.stream(TokenScope.values()).filter(s -> s.name().equals(scope)).forEach(chosen::add);
        }
        var created = tokens.create(user, name, Duration.ofDays(lifetime), chosen, proof);
        model.addAttribute("created", created.token());
        model.addAttribute("problem", created.problem());
        model.addAttribute("name", name);
        model.addAttribute("chosen", chosen.isEmpty() ? EnumSet.of(TokenScope.READ) : chosen);
        model.addAttribute("tokens", tokens.tokens(user));
        model.addAttribute("scopes", TokenScope.values());
        return "identity/tokens";
    }

    @PostMapping("/account/tokens/revoke")
    String revoke(@AuthenticationPrincipal PreauUser user, @RequestParam UUID id) {
        return tokens.revoke(user, id) ? "redirect:/account/tokens?revoked" : "redirect:/account/tokens";
    }
}
