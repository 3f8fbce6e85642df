package org.preau.console;

import java.util.List;

import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's actions, one a section, and its entry in the launcher. */
@Configuration(proxyBeanMethods = false)
class ConsoleApplications {

    static final String MANAGE_PEOPLE = "console.manage-people";
    static final String IMPORTS = "console.imports";
    static final String GROUPS = "console.groups";
    static final String AUDIT = "console.audit";

    @Bean
    ApplicationAction managePeopleAction() {
        return new ApplicationAction(MANAGE_PEOPLE, "app.console");
    }

    @Bean
    ApplicationAction importsAction() {
        return new ApplicationAction(IMPORTS, "app.console");
    }

    @Bean
    ApplicationAction groupsAction() {
        return new ApplicationAction(GROUPS, "app.console");
    }

    @Bean
    ApplicationAction auditAction() {
        return new ApplicationAction(AUDIT, "app.console");
    }

    @Bean
    LauncherEntry consoleEntry() {
        return new LauncherEntry("console", "app.console", "/admin", "settings", 800,
                List.of(MANAGE_PEOPLE, IMPORTS, GROUPS, AUDIT, "access.rights", "access.roles"));
    }
}
