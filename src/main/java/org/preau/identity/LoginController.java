package org.preau.identity;

import org.preau.platform.web.PublicEndpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; a logged-in person going there is sent home. */
@Controller
@PublicEndpoint
class LoginController {

    @GetMapping("/login")
    String login(@Nullable Authentication authentication, Model model,
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String logout,
            @RequestParam(required = false) @Nullable String expired,
            @RequestParam(required = false) @Nullable String activated,
            @RequestParam(required = false) @Nullable String throttled,
            @RequestParam(required = false) @Nullable String busy,
            jakarta.servlet.http.HttpServletResponse response) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("loginFailed", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("activated", activated != null);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("busy", busy != null);
        if (throttled != null) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
        } else if (busy != null) {
            response.setStatus(503);
            response.setHeader("Retry-After", "5");
        }
        return "identity/login";
    }
}
