package org.preau.timeline;

import java.util.List;

import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The timeline's admin actions and its admin pages' entry in the launcher. */
@Configuration(proxyBeanMethods = false)
class TimelineApplications {

    /** Setting the quiet hours and holidays of the structures one administers. */
    static final String CONFIGURE = "timeline.configure";
    /** Reviewing the notifications reported in the structures one administers. */
    static final String MODERATE = "timeline.moderate";
    /** Setting each notification type's default frequencies for the territory. */
    static final String DEFAULTS = "timeline.defaults";

    @Bean
    ApplicationAction timelineConfigureAction() {
        return new ApplicationAction(CONFIGURE, "app.timelineAdmin");
    }

    @Bean
    ApplicationAction timelineModerateAction() {
        return new ApplicationAction(MODERATE, "app.timelineAdmin");
    }

    @Bean
    ApplicationAction timelineDefaultsAction() {
        return new ApplicationAction(DEFAULTS, "app.timelineAdmin");
    }

    @Bean
    LauncherEntry timelineAdminEntry() {
        return new LauncherEntry("timeline-admin", "app.timelineAdmin", "/admin/timeline", "settings", 810,
                List.of(CONFIGURE, MODERATE, DEFAULTS));
    }
}
