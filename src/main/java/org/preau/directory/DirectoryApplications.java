package org.preau.directory;

import java.util.Set;

import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's entries in the application launcher. */
@Configuration(proxyBeanMethods = false)
class DirectoryApplications {

    @Bean
    LauncherEntry directoryEntry() {
        return new LauncherEntry("directory", "app.directory", "/directory", "people", 100, Set.of());
    }
}
