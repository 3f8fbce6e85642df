package org.preau.portal;

import java.time.Clock;
import java.time.LocalDate;

import org.preau.directory.Directory;
import org.preau.platform.PeopleTime;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a greeting, the person's widgets (placeholders that htmx fills in parallel, each
 * from its module; links to the applications without JavaScript) and their applications.
 */
@Controller
@AnyAuthenticated
class HomeController {

    private final Directory directory;
    private final HomeLayout layout;
    private final Clock clock;
    private final int widgetTimeout;

    HomeController(Directory directory, HomeLayout layout, Clock clock,
            @Value("${preau.portal.widget-timeout-ms:3000}") int widgetTimeout) {
        this.directory = directory;
        this.layout = layout;
        this.clock = clock;
        this.widgetTimeout = widgetTimeout;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("firstName", directory.card(user.personId()).map(c -> c.firstName())
                .orElseGet(user::displayName));
        model.addAttribute("today", LocalDate.now(clock.withZone(PeopleTime.ZONE)));
        model.addAttribute("widgets", layout.shown(user));
        model.addAttribute("widgetRequest", "{\"timeout\":" + widgetTimeout + "}");
        return "portal/home";
    }
}
