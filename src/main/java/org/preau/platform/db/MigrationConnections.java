package org.preau.platform.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Migrations run without the web requests' limits (a statement stopped after 30 s, a read after
 * 45 s of silence): an index built on a large table may take minutes. Flyway's connections come
 * from the pool with both lifted, and go back to it with the statement limit restored (the pool
 * restores the network timeout itself).
 */
final class MigrationConnections implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        DataSource pool = configuration.getDataSource();
        if (pool != null) {
            configuration.dataSource(new Unbounded(pool));
        }
    }

    private static final class Unbounded extends DelegatingDataSource {

        Unbounded(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = super.getConnection();
            try (var set = c.createStatement()) {
                set.execute("set statement_timeout = 0");
                c.setNetworkTimeout(Runnable::run, 0);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            restoreAndClose(c);
                            return null;
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private static void restoreAndClose(Connection c) throws SQLException {
            try (var reset = c.createStatement()) {
                reset.execute("reset statement_timeout");
            } catch (SQLException e) {
                // a broken connection is not lent again
            } finally {
                c.close();
            }
        }
    }
}
