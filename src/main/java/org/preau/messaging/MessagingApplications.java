package org.preau.messaging;

import static org.preau.platform.web.ApplicationRole.Profile.CENTRAL_ADMIN;
import static org.preau.platform.web.ApplicationRole.Profile.GUEST;
import static org.preau.platform.web.ApplicationRole.Profile.LOCAL_ADMIN;
import static org.preau.platform.web.ApplicationRole.Profile.PERSONNEL;
import static org.preau.platform.web.ApplicationRole.Profile.RELATIVE;
import static org.preau.platform.web.ApplicationRole.Profile.STUDENT;
import static org.preau.platform.web.ApplicationRole.Profile.TEACHER;

import java.util.List;

import org.preau.platform.PreauUser;
import org.preau.platform.notification.Frequency;
import org.preau.platform.notification.NotificationType;
import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.ApplicationRole;
import org.preau.platform.web.LauncherBadge;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Messagerie's actions and roles, and its entry in the application launcher, with the number of unread messages. */
@Configuration(proxyBeanMethods = false)
class MessagingApplications {

    /** Reading one's boxes: folders, messages, attachments, search. */
    static final String READ = "messaging.read";
    /** Writing: new messages, replies, forwards, drafts, scheduled sending, recalls. */
    static final String SEND = "messaging.send";
    /** The territory's messaging settings (quotas, retention). */
    static final String SETTINGS = "messaging.settings";
    /** The notice of a message received: who wrote and the subject, never the body. */
    static final String MESSAGE_NOTICE = "messaging.message";

    @Bean
    ApplicationAction messagingReadAction() {
        return new ApplicationAction(READ, "app.messaging");
    }

    @Bean
    ApplicationAction messagingSendAction() {
        return new ApplicationAction(SEND, "app.messaging");
    }

    @Bean
    ApplicationAction messagingSettingsAction() {
        return new ApplicationAction(SETTINGS, "app.messaging");
    }

    /** Everyone reads and writes (to whom the communication rules let them reach); guests may be given it. */
    @Bean
    ApplicationRole messagingUserRole() {
        return ApplicationRole.of("messaging.user", "role.seed.messaging", READ, SEND)
                .byDefault(STUDENT, TEACHER, RELATIVE, PERSONNEL, CENTRAL_ADMIN).allowedFor(GUEST);
    }

    /** Admins see the settings (the central admin changes them). */
    @Bean
    ApplicationRole messagingAdminRole() {
        return ApplicationRole.of("messaging.admin", "role.seed.messagingAdmin", SETTINGS)
                .byDefault(LOCAL_ADMIN, CENTRAL_ADMIN);
    }

    /** A new message: told at once by default (each person may choose a digest or nothing). */
    @Bean
    NotificationType messageNotificationType() {
        return new NotificationType(MESSAGE_NOTICE, Frequency.IMMEDIATE, true);
    }

    @Bean
    LauncherEntry messagingEntry() {
        return new LauncherEntry("messaging", "app.messaging", "/messages", "mail", 50, List.of(READ));
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
