package org.preau.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts at most one embedded PostgreSQL server per data directory and JVM, and hands out
 * databases on it. A persistent data directory keeps its data across restarts; the
 * ephemeral one (tests) lives in a temporary directory and gives every caller a fresh database.
 */
final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final ConcurrentHashMap<String, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> SERVERS =
            new ConcurrentHashMap<>();
    private static final AtomicInteger EPHEMERAL_DATABASES = new AtomicInteger();

    private EmbeddedPostgres() {
    }

    /** The {@code preau} database of a server whose data lives in {@code dataDir}. */
    static String persistentDatabaseUrl(Path dataDir, int port) {
        var server = server(dataDir.toAbsolutePath().toString(), port, false);
        createDatabaseIfMissing(server.getPostgresDatabase(), "preau");
        return server.getJdbcUrl("postgres", "preau");
    }

    /** A new, empty database on the JVM's shared throw-away server. */
    static String ephemeralDatabaseUrl() {
        var server = server("", 0, true);
        var name = "preau_" + EPHEMERAL_DATABASES.incrementAndGet();
        createDatabaseIfMissing(server.getPostgresDatabase(), name);
        return server.getJdbcUrl("postgres", name);
    }

    /** Stops the persistent server of {@code dataDir}, if it runs. */
    static void stopPersistent(Path dataDir) {
        var server = SERVERS.remove(dataDir.toAbsolutePath().toString());
        if (server != null) {
            try {
                server.close();
                log.info("Embedded PostgreSQL stopped");
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.toString());
            }
        }
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server(String dataDir, int port,
            boolean ephemeral) {
        return SERVERS.computeIfAbsent(dataDir, dir -> start(dir, port, ephemeral));
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(String dataDir, int port,
            boolean ephemeral) {
        try {
            // A persistent server is stopped by the application context, after its connection pool
            // (EmbeddedDatabaseConfiguration); only the throw-away test server relies on the JVM hook.
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(ephemeral)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", ephemeral ? "off" : "on")
                    .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                    .setServerConfig("full_page_writes", ephemeral ? "off" : "on")
                    .setServerConfig("shared_buffers", "256MB")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (ephemeral) {
                builder.setDataDirectory(Files.createTempDirectory("preau-pg-")).setCleanDataDirectory(true);
            } else {
                Path dir = Path.of(dataDir);
                Files.createDirectories(dir);
                LeftoverServer.clear(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                if (port > 0) {
                    builder.setPort(port);
                }
            }
            var server = builder.start();
            log.info("Embedded PostgreSQL started on port {} ({})", server.getPort(),
                    ephemeral ? "ephemeral" : "data in " + dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void createDatabaseIfMissing(DataSource admin, String name) {
        try (Connection c = admin.getConnection();
                var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, name);
            try (var rs = check.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database \"" + name + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }
}
