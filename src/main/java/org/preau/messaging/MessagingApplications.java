package org.preau.messaging;

import java.util.Set;

import org.preau.platform.PreauUser;
import org.preau.platform.web.LauncherBadge;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Messagerie in the application launcher, for everyone, with the number of unread messages. */
@Configuration(proxyBeanMethods = false)
class MessagingApplications {

    @Bean
    LauncherEntry messagingEntry() {
        return new LauncherEntry("messaging", "app.messaging", "/messages", "mail", 50, Set.of());
    }

    /** The unread messages of the inbox beside "Messagerie" (one count on the partial index of unread entries). */
    @Bean
    LauncherBadge unreadMessages(BoxRepository boxes) {
        return new LauncherBadge() {
            @Override
            public String appId() {
                return "messaging";
            }

            @Override
            public long count(PreauUser user) {
                return boxes.unreadInbox(user.personId().value());
            }

            @Override
            public String labelKey() {
                return "messaging.unread";
            }
        };
    }
}
