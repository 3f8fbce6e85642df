package org.preau.timeline;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.notification.Frequency;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mon compte › Notifications": how often one hears of each type, in the feed and by mail; one's
 * own quiet hours (stricter than the school's when it enforces them); when one will next be disturbed.
 */
@Controller
@AnyAuthenticated
class NotificationSettingsController {

    /** One line of the choices table. */
    record Line(String type, String labelKey, Choice choice) {
    }

    private final Settings settings;
    private final QuietHours quietHours;

    NotificationSettingsController(Settings settings, QuietHours quietHours) {
        this.settings = settings;
        this.quietHours = quietHours;
    }

    @GetMapping("/account/notifications")
    String page(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("lines", settings.lines(user.personId()));
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("own", quietHours.personSchedule(user.personId()).orElse(null));
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("nextDisturbance", quietHours.nextDisturbance(user.personId()));
        model.addAttribute("enforcedBy", settings.enforcingStructures(user.personId()));
        return "timeline/settings";
    }

    @PostMapping("/account/notifications")
    String save(@AuthenticationPrincipal PreauUser user, @RequestParam Map<String, String> form) {
        settings.save(user.personId(), form);
        return "redirect:/account/notifications?saved";
    }

    @PostMapping("/account/quiet-hours")
    String saveQuietHours(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "false") boolean own,
            @RequestParam(required = false) @Nullable String evening,
            @RequestParam(required = false) @Nullable String morning,
            @RequestParam(required = false) @Nullable List<DayOfWeek> days,
            @RequestParam(defaultValue = "false") boolean holidays) {
        if (!own) {
            quietHours.setPersonSchedule(user.personId(), null);
            return "redirect:/account/notifications?quietSaved";
        }
        LocalTime from = time(evening);
        LocalTime until = time(morning);
        if ((from == null) != (until == null) || (from != null && from.equals(until))) {
            return "redirect:/account/notifications?quietInvalid";
        }
        EnumSet<DayOfWeek> quietDays = days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(days);
        quietHours.setPersonSchedule(user.personId(), new QuietSchedule(from, until, quietDays, holidays));
        return "redirect:/account/notifications?quietSaved";
    }

    private static @Nullable LocalTime time(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
