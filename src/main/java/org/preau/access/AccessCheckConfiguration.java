package org.preau.access;

import org.preau.platform.web.RequiresAction;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Puts the access check in front of every endpoint, and refuses to start when an endpoint
 * names an action no application declares (a typo would otherwise lock everyone out).
 */
@Configuration(proxyBeanMethods = false)
class AccessCheckConfiguration implements WebMvcConfigurer {

    private final Rights rights;

    AccessCheckConfiguration(@Lazy Rights rights) {
        this.rights = rights;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessCheckInterceptor(rights));
    }

    @Bean
    SmartInitializingSingleton actionsOfEndpointsAreDeclared(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping, ActionsCatalog actions) {
        return () -> mapping.getHandlerMethods().forEach((info, method) -> {
            var rule = EndpointAccess.of(method);
            rule.actions().stream().filter(a -> !actions.exists(a)).findFirst().ifPresent(a -> {
                throw new IllegalStateException(method.getShortLogMessage() + " requires the undeclared action " + a
                        + " (see " + RequiresAction.class.getSimpleName() + ")");
            });
        });
    }
}
