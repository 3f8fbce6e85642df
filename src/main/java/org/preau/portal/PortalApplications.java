package org.preau.portal;

import java.util.List;

import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.HomeWidget;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's actions and its entries in the application launcher. */
@Configuration(proxyBeanMethods = false)
class PortalApplications {

    static final String ACCOUNT_EDIT = "account.edit";
    static final String API_DOCS = "portal.api-docs";

    @Bean
    ApplicationAction accountEditAction() {
        return new ApplicationAction(ACCOUNT_EDIT, "app.account");
    }

    @Bean
    ApplicationAction apiDocsAction() {
        return new ApplicationAction(API_DOCS, "app.apiDocs");
    }

    @Bean
    LauncherEntry homeEntry() {
        return new LauncherEntry("home", "app.home", "/", "home", 0, List.of());
    }

    @Bean
    LauncherEntry accountEntry() {
        return new LauncherEntry("account", "app.account", "/account", "person", 900, List.of());
    }

    @Bean
    LauncherEntry apiDocsEntry() {
        return new LauncherEntry("api", "app.apiDocs", "/swagger-ui.html", "code", 990, List.of(API_DOCS));
    }

    /** Who I am: profiles, structures, classes, children and functions. */
    @Bean
    HomeWidget profileWidget() {
        return new HomeWidget("portal.profile", "home.who", List.of(), "/home/widgets/profile", "/account", 90, null);
    }

    /** The day's slots, until the timetable application exists. */
    @Bean
    HomeWidget timetableWidget() {
        return new HomeWidget("portal.timetable", "home.widget.timetable", List.of("STUDENT"),
                "/home/widgets/timetable", "/diary/homework?view=week", 20, null);
    }
}
