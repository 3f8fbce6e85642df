package org.preau.timeline;

import static org.preau.platform.web.ApplicationRole.Profile.CENTRAL_ADMIN;
import static org.preau.platform.web.ApplicationRole.Profile.LOCAL_ADMIN;
import static org.preau.platform.web.ApplicationRole.Profile.PERSONNEL;

import java.util.List;

import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.ApplicationRole;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The timeline's admin actions and roles, and its admin pages' entry in the launcher. */
@Configuration(proxyBeanMethods = false)
class TimelineApplications {

    /** Setting the quiet hours and holidays of the structures one administers. */
    static final String CONFIGURE = "timeline.configure";
    /** Setting each notification type's default frequencies for the territory. */
    static final String DEFAULTS = "timeline.defaults";

    @Bean
    ApplicationAction timelineConfigureAction() {
        return new ApplicationAction(CONFIGURE, "app.timelineAdmin");
    }

    @Bean
    ApplicationAction timelineDefaultsAction() {
        return new ApplicationAction(DEFAULTS, "app.timelineAdmin");
    }

    /**
     * Local admins set their structures' quiet hours (the central admin: everywhere). Reported
     * notices are reviewed through the platform's reporting service.
     */
    @Bean
    ApplicationRole timelineStructureAdminRole() {
        return ApplicationRole.of("timeline.structure-admin", "role.seed.timelineAdmin", CONFIGURE)
                .byDefault(LOCAL_ADMIN, CENTRAL_ADMIN).allowedFor(PERSONNEL);
    }

    /** The central admin sets each type's default frequencies. */
    @Bean
    ApplicationRole timelineTerritoryAdminRole() {
        return ApplicationRole.of("timeline.territory-admin", "role.seed.timelineCentral", DEFAULTS)
                .byDefault(CENTRAL_ADMIN);
    }

    @Bean
    LauncherEntry timelineAdminEntry() {
        return new LauncherEntry("timeline-admin", "app.timelineAdmin", "/admin/timeline", "settings", 810,
                List.of(CONFIGURE, DEFAULTS));
    }
}
