package org.preau.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;


/**
 * Sessions in PostgreSQL with its own statements: an attribute is written with an upsert, so that
 * two requests of one browser setting the same attribute at once (the home page's widgets load in
 * parallel right after login) do not fail on the attribute's key. A request that changes nothing
 * in its session writes nothing ({@link QuietSessionRepository}) and reads it once ({@link WholePages}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

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
}
