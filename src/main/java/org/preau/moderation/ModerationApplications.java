package org.preau.moderation;

import static org.preau.platform.web.ApplicationRole.Profile.CENTRAL_ADMIN;
import static org.preau.platform.web.ApplicationRole.Profile.LOCAL_ADMIN;
import static org.preau.platform.web.ApplicationRole.Profile.PERSONNEL;
import static org.preau.platform.web.ApplicationRole.Profile.TEACHER;

import java.util.List;

import org.preau.platform.notification.Frequency;
import org.preau.platform.notification.NotificationType;
import org.preau.platform.reporting.AnomalyDetected;
import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.ApplicationRole;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Moderation's action and role (its admins by default), its launcher entry and its notice to moderators. */
@Configuration(proxyBeanMethods = false)
class ModerationApplications {

    /** Reviewing the reports of a structure and deciding on them. */
    static final String REVIEW = "moderation.review";
    /** The notice of a new report, to the structure's admins. */
    static final String REPORT_NOTICE = "moderation.report";
    /** The prefix of the alerts' notices ({@link Alerts#type}), to the admins, mailed at once. */
    static final String ALERT_NOTICE = "moderation.alert";

    @Bean
    ApplicationAction moderationReviewAction() {
        return new ApplicationAction(REVIEW, "app.moderation");
    }

    /** A structure's admins moderate it, the central admins everything; staff and teachers may be given the role. */
    @Bean
    ApplicationRole moderatorRole() {
        return ApplicationRole.of("moderation.moderator", "role.seed.moderation", REVIEW)
                .byDefault(LOCAL_ADMIN, CENTRAL_ADMIN).allowedFor(PERSONNEL, TEACHER);
    }

    @Bean
    NotificationType reportNotificationType() {
        return new NotificationType(REPORT_NOTICE, Frequency.IMMEDIATE, true);
    }

    @Bean
    NotificationType alertBurstNotificationType() {
        return new NotificationType(Alerts.type(AnomalyDetected.Kind.BURST), Frequency.IMMEDIATE, true);
    }

    @Bean
    NotificationType alertSameBodyNotificationType() {
        return new NotificationType(Alerts.type(AnomalyDetected.Kind.SAME_BODY), Frequency.IMMEDIATE, true);
    }

    @Bean
    NotificationType alertFailedLoginsNotificationType() {
        return new NotificationType(Alerts.type(AnomalyDetected.Kind.FAILED_LOGINS), Frequency.IMMEDIATE, true);
    }

    @Bean
    NotificationType alertHeldNotificationType() {
        return new NotificationType(Alerts.type(AnomalyDetected.Kind.HELD), Frequency.IMMEDIATE, true);
    }

    @Bean
    LauncherEntry moderationEntry() {
        return new LauncherEntry("moderation", "app.moderation", "/moderation", "flag", 80, List.of(REVIEW));
    }
}
