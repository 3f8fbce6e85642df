package org.preau.timeline;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.SecondFactor;
import org.preau.platform.web.HomeWidget;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page the unread count of the header's bell: null when nobody is logged in, or
 * while the second step of login is pending (no count, and no stream opened, before it).
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadAdvice {

    private final Notifications notifications;

    UnreadAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("timelineUnread")
    @Nullable Integer unread(@AuthenticationPrincipal @Nullable PreauUser user, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the JSON API and the home page's widget fragments show no header: no count to read for them
        if (user == null || path.startsWith("/api/") || HomeWidget.isFragmentPath(path) || path.equals(UnreadStreamController.PATH)
                || SecondFactor.pending(SecurityContextHolder.getContext().getAuthentication())) {
            return null;
        }
        return notifications.unread(user.personId());
    }
}
