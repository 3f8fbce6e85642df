package org.preau.portal;

import java.util.Locale;

import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.portal.HomeLayout.Move;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personalizing the home page: every widget of the person with buttons to move it up or down,
 * hide or show it, and a reset to the defaults. Plain forms: each one saves and comes back to
 * the page, the focus on the widget just changed.
 */
@Controller
@AnyAuthenticated
class PersonalizeController {

    private final HomeLayout layout;

    PersonalizeController(HomeLayout layout) {
        this.layout = layout;
    }

    @GetMapping("/home/personalize")
    String page(@AuthenticationPrincipal PreauUser user, @RequestParam(required = false) String changed,
            @RequestParam(required = false) String move, Model model) {
        model.addAttribute("slots", layout.slots(user));
        model.addAttribute("changed", changed);
        model.addAttribute("move", move);
        return "portal/personalize";
    }

    @PostMapping("/home/personalize/{key}/{move}")
    String change(@AuthenticationPrincipal PreauUser user, @PathVariable String key, @PathVariable String move) {
        Move what;
        try {
            what = Move.valueOf(move.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!layout.change(user, key, what)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/home/personalize?changed=" + key + "&move=" + what.name().toLowerCase(Locale.ROOT);
    }

    @PostMapping("/home/personalize/reset")
    String reset(@AuthenticationPrincipal PreauUser user) {
        layout.reset(user);
        return "redirect:/home/personalize?changed=reset";
    }
}
