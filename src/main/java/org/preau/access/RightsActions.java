package org.preau.access;

import org.preau.platform.web.ApplicationAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access module's own actions: the territory's roles, and each structure's rights. */
@Configuration(proxyBeanMethods = false)
class RightsActions {

    @Bean
    ApplicationAction rolesAction() {
        return new ApplicationAction(RightsRules.ROLES, "app.access");
    }

    @Bean
    ApplicationAction rightsAction() {
        return new ApplicationAction(RightsRules.RIGHTS, "app.access");
    }
}
