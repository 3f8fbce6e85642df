package org.preau.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with {@code kill -9} leaves its PostgreSQL running on the data directory; the next
 * start stops it and starts again on the same data, by itself. A lock file left by a process that
 * is gone, or that is no PostgreSQL, does not stop a start either.
 */
class LeftoverServerTest {

    private static final long START_SECONDS = 90;

    @TempDir
    Path data;

    @AfterEach
    void stopEverything() {
        EmbeddedPostgres.stopPersistent(data);
        LeftoverServer.clear(data);
    }

    @Test
    void aRunKilledWithItsServerRunningStartsAgainOnTheSameData() throws Exception {
        Process run = startInChildJvm();
        String url = readyUrl(run);
        try (Connection c = DriverManager.getConnection(url); var create = c.createStatement()) {
            create.execute("create table kept (x int); insert into kept values (42)");
        }

        run.destroyForcibly();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = lockedPid();
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the server outlives its JVM").isPresent();

        String again = EmbeddedPostgres.persistentDatabaseUrl(data, 0);

        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the leftover server is stopped").isEmpty();
        assertThat(lockedPid()).isNotEqualTo(orphan);
        assertThat(kept(again)).isEqualTo(42);
    }

    @Test
    void aLockFileOfAProcessGoneOrOfAnotherProgramIsRemoved() throws Exception {
        String url = EmbeddedPostgres.persistentDatabaseUrl(data, 0);
        try (Connection c = DriverManager.getConnection(url); var create = c.createStatement()) {
            create.execute("create table kept (x int); insert into kept values (7)");
        }
        List<String> lock = Files.readAllLines(data.resolve("postmaster.pid"));
        EmbeddedPostgres.stopPersistent(data);
        assertThat(data.resolve("postmaster.pid")).doesNotExist();

        Process gone = new ProcessBuilder(javaBinary(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
        for (long pid : new long[] { gone.pid(), ProcessHandle.current().pid() }) {
            lock.set(0, String.valueOf(pid));
            Files.write(data.resolve("postmaster.pid"), lock);

            String again = EmbeddedPostgres.persistentDatabaseUrl(data, 0);

            assertThat(kept(again)).as("started with a lock file naming pid %s", pid).isEqualTo(7);
            EmbeddedPostgres.stopPersistent(data);
        }
    }

    private Process startInChildJvm() throws IOException {
        return new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                EmbeddedServerMain.class.getName(), data.toAbsolutePath().toString()).redirectErrorStream(true).start();
    }

    /** The child's {@code READY} line, read off its output (which is drained to the end meanwhile). */
    private static String readyUrl(Process run) throws Exception {
        var ready = new CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null;) {
                    if (line.startsWith("READY ")) {
                        ready.complete(line.substring("READY ".length()));
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("the child JVM ended before its server was ready"));
        });
        return ready.get(START_SECONDS, TimeUnit.SECONDS);
    }

    private long lockedPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    }

    private static int kept(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); var query = c.createStatement();
                var rs = query.executeQuery("select x from kept")) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
