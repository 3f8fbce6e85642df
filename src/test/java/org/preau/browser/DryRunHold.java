package org.preau.browser;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Keeps the dry runs of imports from finishing until {@link #release()}, so that a test sees
 * the report page while its dry run still runs (a dry run of a few lines is over before the
 * browser has followed the redirect). A trigger on {@code feeding.imports} makes the update
 * that ends a dry run wait for an advisory lock that this object holds on its own connection;
 * nothing else of the application is slowed. {@link #close()} removes the trigger.
 */
final class DryRunHold implements AutoCloseable {

    private static final long LOCK = 7_311_2026L;
    private static final String FUNCTION = "public.browser_test_hold_dry_run";
    private static final String TRIGGER = "browser_test_hold_dry_run";

    private final Connection connection;
    private boolean held;

    private DryRunHold(Connection connection) {
        this.connection = connection;
    }

    /** Installs the trigger and holds the lock: dry runs that end from now on wait. */
    static DryRunHold hold(DataSource dataSource) {
        DryRunHold hold;
        try {
            hold = new DryRunHold(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("No connection to hold the dry runs", e);
        }
        try {
            hold.execute("create or replace function " + FUNCTION + "() returns trigger language plpgsql as $$ "
                    + "begin perform pg_advisory_xact_lock_shared(" + LOCK + "); return new; end $$");
            hold.execute("drop trigger if exists " + TRIGGER + " on feeding.imports");
            hold.execute("create trigger " + TRIGGER + " before update on feeding.imports for each row "
                    + "when (old.status = 'RUNNING' and new.status <> 'RUNNING') execute function " + FUNCTION + "()");
            hold.execute("select pg_advisory_lock(" + LOCK + ")");
            hold.held = true;
            return hold;
        } catch (RuntimeException e) {
            hold.close();
            throw e;
        }
    }

    /** Lets the waiting dry runs, and those to come, finish. */
    void release() {
        if (held) {
            execute("select pg_advisory_unlock(" + LOCK + ")");
            held = false;
        }
    }

    @Override
    public void close() {
        try (connection) {
            release();
            execute("drop trigger if exists " + TRIGGER + " on feeding.imports");
            execute("drop function if exists " + FUNCTION + "()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove the dry-run hold", e);
        }
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
