package org.preau.portal;

import java.time.Clock;
import java.time.LocalDate;

import org.preau.directory.Directory;
import org.preau.platform.PeopleTime;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The portal's own home widgets: who I am, and the timetable's place until it exists. */
@Controller
@AnyAuthenticated
class PortalWidgetsController {

    private final Directory directory;
    private final Clock clock;

    PortalWidgetsController(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/home/widgets/profile")
    String profile(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("card", directory.card(user.personId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "portal/widgets :: profile";
    }

    @GetMapping("/home/widgets/timetable")
    String timetable(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(PeopleTime.ZONE));
        model.addAttribute("days", java.util.List.of(today, today.plusDays(1)));
        return "portal/widgets :: timetable";
    }
}
