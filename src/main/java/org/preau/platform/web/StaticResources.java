package org.preau.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files are served under the paths of what {@code classpath:/static} holds ({@code /css/**},
 * {@code /js/**}, {@code /img/**}, found at start-up) and {@code /webjars/**}, instead of Spring
 * Boot's {@code /**} (turned off with {@code spring.web.resources.add-mappings: false}). With
 * {@code /**}, every link a page writes ({@code @{/messages/…}}, fifty on an inbox page) was
 * looked for as a static file in the jars before being written: more than half of the rendering
 * time of a page of links.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private final Duration maxAge;

    StaticResources(@Value("${spring.web.resources.cache.cachecontrol.max-age:1h}") Duration maxAge) {
        this.maxAge = maxAge;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl cache = CacheControl.maxAge(maxAge);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cache).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String top : topLevel()) {
            registry.addResourceHandler(top.endsWith("/") ? "/" + top + "**" : "/" + top)
                    .addResourceLocations("classpath:/static/" + (top.endsWith("/") ? top : ""))
                    .setCacheControl(cache).resourceChain(true);
        }
    }

    /** What {@code classpath:/static} holds at its top: folders end with a slash. */
    static List<String> topLevel() {
        try {
            List<String> names = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:/static/*")) {
                String url = r.getURL().toString();
                boolean folder = url.endsWith("/");
                String trimmed = folder ? url.substring(0, url.length() - 1) : url;
                String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
                if (!name.isEmpty() && !names.contains(name + (folder ? "/" : ""))) {
                    names.add(name + (folder ? "/" : ""));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
