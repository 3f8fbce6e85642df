package org.preau.portal;

import java.util.Set;

import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's own entries in the application launcher. */
@Configuration(proxyBeanMethods = false)
class PortalApplications {

    @Bean
    LauncherEntry homeEntry() {
        return new LauncherEntry("home", "app.home", "/", "home", 0, Set.of());
    }

    @Bean
    LauncherEntry accountEntry() {
        return new LauncherEntry("account", "app.account", "/account", "person", 900, Set.of());
    }

    @Bean
    LauncherEntry apiDocsEntry() {
        return new LauncherEntry("api", "app.apiDocs", "/swagger-ui.html", "code", 990,
                Set.of("ROLE_CENTRAL_ADMIN", "ROLE_LOCAL_ADMIN"));
    }
}
