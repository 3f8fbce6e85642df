package org.preau.platform.db;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Without {@code spring.datasource.url}, Préau runs on an embedded PostgreSQL: persistent in
 * {@code preau.embedded-db.data-dir} (default {@code ./data/postgres}), or a fresh throw-away
 * database per application context when that property is empty (tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    /** Stops a persistent embedded server when the application stops, after the pool that uses it. */
    static final class EmbeddedServerStopper implements DisposableBean {

        private final String dataDir;

        EmbeddedServerStopper(String dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        public void destroy() {
            if (!dataDir.isBlank()) {
                EmbeddedPostgres.stopPersistent(Path.of(dataDir));
            }
        }
    }

    @Bean
    EmbeddedServerStopper embeddedServerStopper(Environment env) {
        return new EmbeddedServerStopper(env.getProperty("preau.embedded-db.data-dir", "./data/postgres"));
    }

    /**
     * The pool depends on the stopper, so that it is closed before the server stops. It has the
     * settings of an external database's pool ({@code spring.datasource.hikari.*}: short timeouts),
     * and its own size.
     */
    @Bean
    DataSource dataSource(Environment env, EmbeddedServerStopper stopper) {
        String dataDir = env.getProperty("preau.embedded-db.data-dir", "./data/postgres");
        int port = env.getProperty("preau.embedded-db.port", Integer.class, 0);
        String url = dataDir.isBlank()
                ? EmbeddedPostgres.ephemeralDatabaseUrl()
                : EmbeddedPostgres.persistentDatabaseUrl(Path.of(dataDir), port);
        HikariDataSource ds = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(url).username("postgres").password("postgres").build();
        Binder.get(env).bind("spring.datasource.hikari", Bindable.ofInstance(ds));
        ds.setMaximumPoolSize(env.getProperty("preau.embedded-db.pool-size", Integer.class, 20));
        ds.setPoolName("preau-embedded");
        return ds;
    }
}
