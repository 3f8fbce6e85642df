package org.preau.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The application's connection pool, which the tests can move to another database of the same
 * server while the application runs ({@link FreshDatabase}): connections are handed out from
 * the current pool; a move closes it and opens a pool with the same settings on the new database.
 */
final class SwitchableDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final HikariConfig settings = new HikariConfig();
    private final ReentrantReadWriteLock moving = new ReentrantReadWriteLock();
    private volatile HikariDataSource pool;
    private volatile String database;
    private final javax.sql.DataSource recorded = Statements.recording(new org.springframework.jdbc.datasource.AbstractDataSource() {
        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return pool.getConnection(username, password);
        }
    });

    SwitchableDataSource(HikariDataSource pool) {
        super(pool);
        pool.copyStateTo(settings);
        this.pool = pool;
        this.database = DatabaseUrl.name(pool.getJdbcUrl());
    }

    /** What a move does once the pool is closed and before the new one opens. */
    @FunctionalInterface
    interface Move {
        /** Does the work and names the database to open next. */
        String between(String closedDatabase) throws SQLException;
    }

    /**
     * Closes the pool (requests for a connection wait meanwhile), runs {@code move}, and opens
     * a pool on the database it names. Connections still lent are broken off.
     */
    void move(Move move) throws SQLException {
        move(move, 0);
    }

    /**
     * Opens the pool again on the same database, reached through {@code port} on this host (a
     * proxy a test cuts), or directly with 0. The next {@link #move} reaches it directly.
     */
    void reachThrough(int port) throws SQLException {
        move(same -> same, port);
    }

    private void move(Move move, int port) throws SQLException {
        moving.writeLock().lock();
        try {
            pool.close();
            String next = move.between(database);
            HikariConfig config = new HikariConfig();
            settings.copyStateTo(config);
            String url = DatabaseUrl.withName(settings.getJdbcUrl(), next);
            config.setJdbcUrl(port == 0 ? url : DatabaseUrl.withPort(url, port));
            config.setPoolName("preau-test-" + POOLS.incrementAndGet());
            HikariDataSource opened = new HikariDataSource(config);
            setTargetDataSource(opened);
            pool = opened;
            database = next;
        } finally {
            moving.writeLock().unlock();
        }
    }

    /** The port the database server listens on. */
    int serverPort() {
        var m = java.util.regex.Pattern.compile("jdbc:postgresql://[^:/]+:(\\d+)/.*").matcher(settings.getJdbcUrl());
        if (!m.matches()) {
            throw new IllegalStateException("No port in " + settings.getJdbcUrl());
        }
        return Integer.parseInt(m.group(1));
    }

    /** Closes the pool when the application closes. */
    @Override
    public void close() {
        pool.close();
    }

    /** The database the pool is on now. */
    String database() {
        return database;
    }

    /** An URL of the same server for another database (to create and drop databases). */
    String urlOf(String otherDatabase) {
        return DatabaseUrl.withName(settings.getJdbcUrl(), otherDatabase);
    }

    String username() {
        return settings.getUsername();
    }

    String password() {
        return settings.getPassword();
    }

    @Override
    public Connection getConnection() throws SQLException {
        moving.readLock().lock();
        try {
            return recorded.getConnection();
        } finally {
            moving.readLock().unlock();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return (T) this;
        }
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }

    /** The database name in a PostgreSQL JDBC URL. */
    static final class DatabaseUrl {

        private static final java.util.regex.Pattern URL =
                java.util.regex.Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

        private DatabaseUrl() {
        }

        static String name(String url) {
            var m = URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
            }
            return m.group(2);
        }

        static String withPort(String url, int port) {
            var m = URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
            }
            return m.group(1).replaceFirst(":\\d+/$", ":" + port + "/") + m.group(2) + m.group(3);
        }

        static String withName(String url, String name) {
            var m = URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
            }
            return m.group(1) + name + m.group(3);
        }
    }
}
