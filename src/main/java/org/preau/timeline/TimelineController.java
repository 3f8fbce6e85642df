package org.preau.timeline;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The feed page: one's entries, newest first; hiding one (reporting goes through the platform's reporting service); the header's unread count. */
@Controller
@AnyAuthenticated
class TimelineController {

    private final Notifications notifications;

    TimelineController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/timeline")
    String feed(@AuthenticationPrincipal PreauUser user, @RequestParam(required = false) @Nullable String before,
            Locale locale, Model model) {
        Notifications.Page page;
        try {
            page = notifications.feed(user.personId(), locale, before, 30);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", page);
        return "timeline/feed";
    }

    @PostMapping("/timeline/read")
    String markAllRead(@AuthenticationPrincipal PreauUser user) {
        notifications.markAllRead(user.personId());
        return "redirect:/timeline?read";
    }

    @PostMapping("/timeline/entries/{id}/hide")
    String hide(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        if (!notifications.hide(user.personId(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/timeline?hidden";
    }

    /** The header's bell with the unread count, for htmx to swap in when it changes. */
    @GetMapping("/timeline/badge")
    String badge(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("timelineUnread", notifications.unread(user.personId()));
        return "timeline/badge :: badge";
    }
}
