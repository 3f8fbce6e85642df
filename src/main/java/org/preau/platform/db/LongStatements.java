package org.preau.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every connection of the pool stops a statement after 30 s ({@code statement_timeout}) and a read
 * after 45 s of silence ({@code socketTimeout}): the bounds of a web request. A job whose statements
 * may run longer (an import applied to a whole territory, a purge) calls {@link #allow} at the
 * start of its transaction; the limits come back when the transaction ends (the server's setting is
 * local to the transaction, the pool resets the connection's network timeout when it is returned).
 * Migrations run without either limit ({@link FlywayConfiguration}).
 */
@Component
public class LongStatements {

    /** How much longer than the statement limit a read may wait, for the server's answer to come back. */
    private static final Duration READ_MARGIN = Duration.ofSeconds(15);

    private final DataSource dataSource;

    LongStatements(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Lets each statement of the current transaction run up to {@code limit}. */
    public void allow(Duration limit) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("LongStatements.allow needs a transaction");
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (var set = c.prepareStatement("select set_config('statement_timeout', ?, true)")) {
            set.setString(1, limit.toMillis() + "ms");
            set.execute();
            c.setNetworkTimeout(Runnable::run, Math.toIntExact(limit.plus(READ_MARGIN).toMillis()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lift the statement timeout", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
