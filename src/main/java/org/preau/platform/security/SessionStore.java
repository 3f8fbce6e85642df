package org.preau.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL with its own statements: an attribute is written with an upsert, so that
 * two requests of one browser setting the same attribute at once (the home page's widgets load in
 * parallel right after login) do not fail on the attribute's key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
