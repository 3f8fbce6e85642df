package org.preau.testapp;

import static org.preau.platform.web.ApplicationRole.Profile.PERSONNEL;
import static org.preau.platform.web.ApplicationRole.Profile.STUDENT;
import static org.preau.platform.web.ApplicationRole.Profile.TEACHER;

import org.preau.platform.notification.Frequency;
import org.preau.platform.notification.NotificationType;
import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.ApplicationRole;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application that exists only in tests, declared the way a new module declares itself to the
 * platform: a notification type, an action and a role (labels in {@code i18n/test-messages}).
 * The test classes of the plug points import it (with the movable clock), so that they share one
 * application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestApp {

    /** The bell rang: a notice with the bell's name as its one argument. */
    public static final String BELL = "test-app.bell";
    /** Ringing the bell. */
    public static final String RING = "test-app.ring";
    /** Pupils and teachers ring by default; staff may be given it. */
    public static final String RINGER = "test-app.ringer";

    @Bean
    NotificationType testAppBellType() {
        return new NotificationType(BELL, Frequency.IMMEDIATE, false);
    }

    @Bean
    ApplicationAction testAppRingAction() {
        return new ApplicationAction(RING, "app.testApp");
    }

    @Bean
    ApplicationRole testAppRingerRole() {
        return ApplicationRole.of(RINGER, "role.testApp.ringer", RING).byDefault(STUDENT, TEACHER)
                .allowedFor(PERSONNEL);
    }
}
