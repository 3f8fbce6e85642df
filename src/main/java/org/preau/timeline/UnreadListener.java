package org.preau.timeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.preau.platform.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Listens, on one PostgreSQL connection of its own per node (outside the pool), to {@code
 * timeline_unread} — sent by {@link UnreadSignal} on any node — and hands the people named to
 * {@link UnreadStreams}. A daemon thread waits for notifications; a broken connection is opened
 * again after a pause that grows to 30 s, and the streams then get their counts afresh (signals
 * sent meanwhile were lost).
 */
@Component
class UnreadListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UnreadListener.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final long CHECK_NANOS = Duration.ofSeconds(30).toNanos();

    private final DataSource dataSource;
    private final UnreadStreams streams;
    private volatile boolean running;
    private volatile boolean listening;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile @Nullable Thread thread;
    private volatile @Nullable Connection connection;

    UnreadListener(DataSource dataSource, UnreadStreams streams) {
        this.dataSource = dataSource;
        this.streams = streams;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("timeline-listen").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly(connection);
        Thread current = thread;
        if (current != null) {
            current.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the connection listens now (tests wait for it). */
    boolean listening() {
        return listening;
    }

    /** How many times the connection was opened and listened (tests). */
    int connections() {
        return connections.get();
    }

    /** Breaks the connection, as a network failure would (tests). */
    void breakConnection() {
        closeQuietly(connection);
    }

    private void run() {
        long pause = 1_000;
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement statement = c.createStatement()) {
                    statement.execute("listen " + UnreadSignal.CHANNEL);
                }
                listening = true;
                connections.incrementAndGet();
                pause = 1_000;
                streams.resync();
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Timeline listener cut off ({}); connecting again in {} ms", e.getMessage(), pause);
                }
            } finally {
                listening = false;
                connection = null;
            }
            if (running && !pauseFor(pause)) {
                return;
            }
            pause = Math.min(pause * 2, 30_000);
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                List<PersonId> people = new ArrayList<>();
                for (PGNotification notification : notifications) {
                    people.addAll(parse(notification.getParameter()));
                }
                streams.changed(people);
            }
            if (System.nanoTime() - checked > CHECK_NANOS) {
                if (!c.isValid(5)) {
                    throw new SQLException("connection no longer valid");
                }
                checked = System.nanoTime();
            }
        }
    }

    private Connection connect() throws SQLException {
        HikariDataSource hikari = dataSource.isWrapperFor(HikariDataSource.class)
                ? dataSource.unwrap(HikariDataSource.class) : null;
        if (hikari != null && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("ApplicationName", "preau-timeline-listen");
            properties.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    static List<PersonId> parse(String payload) {
        List<PersonId> people = new ArrayList<>();
        for (String id : payload.split(",")) {
            try {
                people.add(new PersonId(UUID.fromString(id.strip())));
            } catch (IllegalArgumentException e) {
                log.warn("Ignored a malformed timeline signal");
            }
        }
        return people;
    }

    private boolean pauseFor(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already broken
            }
        }
    }
}
