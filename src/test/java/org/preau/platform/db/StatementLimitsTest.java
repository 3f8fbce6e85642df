package org.preau.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The pool's connections stop a statement after 30 s and a silent read after 45 s (web requests);
 * a job lifts both for one transaction ({@link LongStatements}), migrations run without them
 * ({@link MigrationConnections}), and the pool gets its connections back with the limits.
 */
@PreauSpringTest
class StatementLimitsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    LongStatements longStatements;

    @Test
    void everyConnectionHasTheWebLimits() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(limits(c)).isEqualTo(new Limits("30s", 45_000));
        }
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("30s");
    }

    @Test
    void aJobLiftsTheLimitsForItsTransactionOnly() {
        Limits lifted = transaction.execute(status -> {
            longStatements.allow(Duration.ofMinutes(10));
            return jdbc.sql("show statement_timeout").query(String.class).single().equals("10min")
                    ? new Limits("10min", networkTimeoutOfTheTransaction()) : null;
        });
        assertThat(lifted).isEqualTo(new Limits("10min", 615_000));
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("30s");
        assertThatThrownBy(() -> longStatements.allow(Duration.ofMinutes(10)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void migrationsRunWithoutLimitsAndGiveTheConnectionBackWithThem() throws SQLException {
        var settings = new HikariConfig();
        dataSource.unwrap(HikariDataSource.class).copyStateTo(settings);
        settings.setPoolName("one-connection");
        settings.setMaximumPoolSize(1);
        try (var pool = new HikariDataSource(settings)) {
            var flyway = new FluentConfiguration().dataSource(pool);
            new MigrationConnections().customize(flyway);
            try (Connection c = flyway.getDataSource().getConnection()) {
                assertThat(limits(c)).isEqualTo(new Limits("0", 0));
            }
            try (Connection c = pool.getConnection()) {
                assertThat(limits(c)).as("the one connection, back in the pool").isEqualTo(new Limits("30s", 45_000));
            }
        }
    }

    private int networkTimeoutOfTheTransaction() {
        Connection c = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            return c.getNetworkTimeout();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static Limits limits(Connection c) throws SQLException {
        try (var show = c.createStatement(); var rs = show.executeQuery("show statement_timeout")) {
            rs.next();
            return new Limits(rs.getString(1), c.getNetworkTimeout());
        }
    }

    private record Limits(String statementTimeout, int networkTimeoutMillis) {
    }
}
