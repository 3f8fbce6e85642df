package org.preau.console;

import java.util.Set;

import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console in the application launcher, for admins only. */
@Configuration(proxyBeanMethods = false)
class ConsoleApplications {

    @Bean
    LauncherEntry consoleEntry() {
        return new LauncherEntry("console", "app.console", "/admin", "settings", 800,
                Set.of("ROLE_CENTRAL_ADMIN", "ROLE_LOCAL_ADMIN"));
    }
}
