package org.preau.portal;

import java.time.Clock;
import java.time.LocalDate;

import org.preau.directory.Directory;
import org.preau.platform.PreauUser;
import org.preau.platform.PeopleTime;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** The home page: who you are, where, your classes or children, and your applications. */
@Controller
@AnyAuthenticated
class HomeController {

    private final Directory directory;
    private final Clock clock;

    HomeController(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PreauUser user, Model model) {
        var card = directory.card(user.personId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("card", card);
        model.addAttribute("today", LocalDate.now(clock.withZone(PeopleTime.ZONE)));
        return "portal/home";
    }
}
