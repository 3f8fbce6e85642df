package org.preau.browser;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.messageresolver.SpringMessageResolver;

/**
 * Records every message key a template asked for and no bundle had (Thymeleaf then renders
 * {@code ??key_locale??}): the browser journeys fail on any of them, in every language, even in
 * a fragment loaded by htmx or an attribute the page does not show.
 */
@TestConfiguration(proxyBeanMethods = false)
class MissingMessages {

    /** "key (locale) in template", in the order met; cleared by each test. */
    static final List<String> MET = new CopyOnWriteArrayList<>();

    @Bean
    static BeanPostProcessor recordMissingMessages(ObjectProvider<MessageSource> messages) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    var resolver = new SpringMessageResolver() {
                        @Override
                        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin,
                                String key, Object[] parameters) {
                            Locale locale = context == null ? null : context.getLocale();
                            String template = context == null ? "?" : context.getTemplateData().getTemplate();
                            MET.add(key + " (" + locale + ") in " + template);
                            return super.createAbsentMessageRepresentation(context, origin, key, parameters);
                        }
                    };
                    resolver.setMessageSource(messages.getObject());
                    engine.setMessageResolver(resolver);
                }
                return bean;
            }
        };
    }
}
