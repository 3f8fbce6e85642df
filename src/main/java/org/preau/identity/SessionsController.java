package org.preau.identity;

import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

/** "Mes sessions": where I am logged in, and ending a session I do not recognise. */
@Controller
@AnyAuthenticated
class SessionsController {

    private final Sessions sessions;

    SessionsController(Sessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/account/sessions")
    String list(@AuthenticationPrincipal PreauUser user, HttpSession session, Model model) {
        model.addAttribute("sessions", sessions.of(user, session.getId()));
        return "identity/sessions";
    }

    @PostMapping("/account/sessions/end")
    String end(@AuthenticationPrincipal PreauUser user, @RequestParam String handle) {
        return sessions.end(user, handle) ? "redirect:/account/sessions?ended" : "redirect:/account/sessions";
    }

    @PostMapping("/account/sessions/end-others")
    String endOthers(@AuthenticationPrincipal PreauUser user, HttpSession session,
            @RequestParam(defaultValue = "false") boolean keepTokens) {
        sessions.endOthers(user, session.getId(), keepTokens);
        return "redirect:/account/sessions?endedOthers";
    }
}
