package org.preau.platform.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of readiness ({@code management.endpoint.health.group.readiness}), in place
 * of Spring Boot's check, which may wait for ever on a connection that went silent: a connection
 * within the pool's timeout (1 s), answering within {@link #VALID_SECONDS}. A node whose database
 * cannot be reached is taken out of the load balancer until it can, without a restart.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    static final int VALID_SECONDS = 1;

    private final DataSource dataSource;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(VALID_SECONDS) ? Health.up().build()
                    : Health.down().withDetail("error", "no answer within " + VALID_SECONDS + " s").build();
        } catch (SQLException | RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
