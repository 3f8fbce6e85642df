package org.preau.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.MessageViews.Summary;
import org.preau.platform.PreauUser;
import org.preau.platform.search.SearchProvider;
import org.preau.platform.search.SearchResult;
import org.preau.platform.web.HomeWidget;
import org.preau.platform.web.RequiresAction;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/**
 * Messagerie on the home page (the latest messages of the inbox, unread first) and in the global
 * search (the person's own boxes, as the mailbox's search finds them).
 */
@Controller
class MessagingWidgetController {

    static final int MAX_LINES = 5;

    private final Messaging messaging;

    MessagingWidgetController(Messaging messaging) {
        this.messaging = messaging;
    }

    @Bean
    static HomeWidget messagingLatestWidget() {
        return new HomeWidget("messaging.latest", "messaging.widget.latest", List.of(), "/messages/widgets/latest",
                "/messages", 30, MessagingApplications.READ);
    }

    @Bean
    static SearchProvider messagingSearch(Messaging messaging) {
        return SearchProvider.of("messaging", "app.messaging", MessagingApplications.READ, 20,
                query -> "/messages?q=" + UriUtils.encodeQueryParam(query, StandardCharsets.UTF_8),
                (user, query, limit) -> messaging.search(user, query, limit).stream()
                        .map(m -> new SearchResult(m.subject(), m.from().displayName(), "/messages/" + m.id()))
                        .toList());
    }

    @GetMapping("/messages/widgets/latest")
    @RequiresAction(MessagingApplications.READ)
    String latest(@AuthenticationPrincipal PreauUser user, Model model) {
        List<Summary> recent = messaging.box(user, Folder.INBOX, null, 20).items();
        model.addAttribute("lines", recent.stream()
                .sorted(Comparator.comparing((Summary s) -> !s.unread()).thenComparing(Summary::date,
                        Comparator.reverseOrder()))
                .limit(MAX_LINES).toList());
        model.addAttribute("unread", messaging.unread(user));
        return "messaging/widgets :: latest";
    }
}
