package org.preau.platform.db;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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

    @Bean
    DataSource dataSource(Environment env) {
        String dataDir = env.getProperty("preau.embedded-db.data-dir", "./data/postgres");
        int port = env.getProperty("preau.embedded-db.port", Integer.class, 0);
        String url = dataDir.isBlank()
                ? EmbeddedPostgres.ephemeralDatabaseUrl()
                : EmbeddedPostgres.persistentDatabaseUrl(Path.of(dataDir), port);
        HikariDataSource ds = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(url).username("postgres").password("postgres").build();
        ds.setMaximumPoolSize(env.getProperty("preau.embedded-db.pool-size", Integer.class, 20));
        ds.setPoolName("preau-embedded");
        return ds;
    }
}
