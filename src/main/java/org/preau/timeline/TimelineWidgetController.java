package org.preau.timeline;

import java.util.List;
import java.util.Locale;

import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.HomeWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page's recent activity: the latest entries of the person's feed (news of their school and classes). */
@Controller
@AnyAuthenticated
class TimelineWidgetController {

    static final int MAX_LINES = 5;

    private final Notifications notifications;

    TimelineWidgetController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Bean
    static HomeWidget timelineRecentWidget() {
        return new HomeWidget("timeline.recent", "timeline.widget.recent", List.of(), "/timeline/widgets/recent",
                "/timeline", 40, null);
    }

    @GetMapping("/timeline/widgets/recent")
    String recent(@AuthenticationPrincipal PreauUser user, Locale locale, Model model) {
        model.addAttribute("items", notifications.feed(user.personId(), locale, null, MAX_LINES).items());
        return "timeline/widgets :: recent";
    }
}
