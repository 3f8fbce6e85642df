package org.preau.messaging;

import java.util.Set;

import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Messagerie in the application launcher, for everyone. */
@Configuration(proxyBeanMethods = false)
class MessagingApplications {

    @Bean
    LauncherEntry messagingEntry() {
        return new LauncherEntry("messaging", "app.messaging", "/messages", "mail", 50, Set.of());
    }
}
