package org.preau.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Every module owns its texts in {@code messages/<module>.properties} (French, the source),
 * {@code <module>_en.properties} and {@code <module>_es.properties}. The bundles found on the
 * classpath at start-up are added to the one {@code MessageSource} after the platform's own
 * ({@code spring.messages.basename}, whose encoding and fallback settings apply to all): a new
 * module adds its files and edits no shared bundle. A key lives in one bundle only.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    /** The French files, which every bundle has; the translations sit beside them. */
    private static final String PATTERN = "classpath*:messages/*.properties";

    /** A module's name: no locale suffix. */
    private static final Pattern BUNDLE = Pattern.compile(".*/messages/([a-z][a-z0-9]*)\\.properties$");

    @Bean
    public static BeanPostProcessor moduleMessageBundles() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(name)
                        && bean instanceof AbstractResourceBasedMessageSource source) {
                    source.addBasenames(basenames(new PathMatchingResourcePatternResolver(
                            MessageBundles.class.getClassLoader())).toArray(String[]::new));
                }
                return bean;
            }
        };
    }

    /** The basenames of the modules' bundles ({@code messages/<module>}), in alphabetical order. */
    public static List<String> basenames(ResourcePatternResolver resolver) {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource resource : resolver.getResources(PATTERN)) {
                Matcher bundle = BUNDLE.matcher(resource.getURL().toString());
                if (bundle.matches()) {
                    names.add("messages/" + bundle.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The modules' message bundles could not be listed", e);
        }
        return List.copyOf(names);
    }
}
