package org.preau.platform.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Sessions in PostgreSQL with its own statements: an attribute is written with an upsert, so that
 * two requests of one browser setting the same attribute at once (the home page's widgets load in
 * parallel right after login) do not fail on the attribute's key. A request that changes nothing
 * in its session writes nothing ({@link QuietSessionRepository}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    private static final int PAGE_BUFFER = 64 * 1024;

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** The store every session goes through writes a session only when something changed. */
    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store
                        ? new QuietSessionRepository<>((FindByIndexNameSessionRepository<?>) store, Duration.ofMinutes(1))
                        : bean;
            }
        };
    }

    /**
     * A page is written out once, after its session is saved: the session is saved when the
     * response commits, and the template engine flushes its writer when it ends, so that every
     * page committed once then, and again at the end of the request, the second time reading the
     * session from the database anew. Here a page is buffered whole (up to 64 KB) and the writer's
     * flushes wait for the end of the request; streams (files, server-sent events) flush as they ask.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> wholePages() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (response.getBufferSize() < PAGE_BUFFER) {
                    response.setBufferSize(PAGE_BUFFER);
                }
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    private PrintWriter writer;

                    @Override
                    public PrintWriter getWriter() throws IOException {
                        if (writer == null) {
                            writer = new PrintWriter(response.getWriter(), false) {
                                @Override
                                public void flush() {
                                    // written out by the container at the end of the request
                                }
                            };
                        }
                        return writer;
                    }
                });
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
