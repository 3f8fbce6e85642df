package org.preau.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.ApiProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/timeline}: the caller's notifications, newest first, and their unread count. */
@RestController
@AnyAuthenticated
@Tag(name = "timeline", description = "Notifications")
class TimelineApiController {

    record ItemJson(String id, String type, Instant date, String text, String link, boolean read) {
    }

    record TimelineJson(List<ItemJson> items, @Nullable String next, int unread) {
    }

    private final Notifications notifications;

    TimelineApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/timeline")
    @Operation(summary = "The caller's notifications (text in their language), newest first, and the unread count")
    TimelineJson timeline(@AuthenticationPrincipal PreauUser user, Locale locale,
            @RequestParam(required = false) @Nullable String next, @RequestParam(defaultValue = "50") int limit) {
        Notifications.Page page;
        try {
            page = notifications.feed(user.personId(), locale, next, limit);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound();
        }
        return new TimelineJson(page.items().stream()
                .map(i -> new ItemJson(i.id().toString(), i.type(), i.date(), i.text(), i.link(), i.read())).toList(),
                page.next(), notifications.unread(user.personId()));
    }
}
