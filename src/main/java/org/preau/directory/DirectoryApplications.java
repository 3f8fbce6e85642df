package org.preau.directory;

import java.util.List;

import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's actions and its entry in the application launcher. */
@Configuration(proxyBeanMethods = false)
class DirectoryApplications {

    static final String SEARCH = "directory.search";
    static final String CLASS_PAGE = "directory.class-page";
    static final String MANAGE_GROUPS = TeachingGroupAdmin.ACTION;

    @Bean
    ApplicationAction directorySearchAction() {
        return new ApplicationAction(SEARCH, "app.directory");
    }

    @Bean
    ApplicationAction classPageAction() {
        return new ApplicationAction(CLASS_PAGE, "app.directory");
    }

    @Bean
    ApplicationAction manageGroupsAction() {
        return new ApplicationAction(MANAGE_GROUPS, "app.console");
    }

    @Bean
    LauncherEntry directoryEntry() {
        return new LauncherEntry("directory", "app.directory", "/directory", "people", 100, List.of(SEARCH));
    }
}
