package org.preau.access;

import java.util.List;

import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Shared with me" in the application launcher, for everyone. */
@Configuration(proxyBeanMethods = false)
class SharingApplications {

    @Bean
    LauncherEntry sharedWithMeEntry() {
        return new LauncherEntry("shared", "sharing.sharedWithMe", "/access/shared", "people", 700, List.of());
    }
}
