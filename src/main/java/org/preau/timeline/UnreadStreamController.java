package org.preau.timeline;

import java.util.Locale;

import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /timeline/stream}: the logged-in person's unread count as Server-Sent Events
 * (event {@code unread}, data {@code {"count":3,"label":"3 notifications non lues"}}), sent when
 * it opens and whenever the count changes, with a heartbeat comment every 25 s. The request
 * goes asynchronous at once: it holds no thread and no admission slot while it stays open.
 */
@RestController
@AnyAuthenticated
class UnreadStreamController {

    static final String PATH = "/timeline/stream";

    private final UnreadStreams streams;

    UnreadStreamController(UnreadStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal PreauUser user, Locale locale, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        return streams.open(user.personId(), locale);
    }
}
