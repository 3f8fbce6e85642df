package org.preau.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a killed run leaves on a persistent data directory: {@code kill -9} ends the JVM but not
 * the PostgreSQL it started, whose lock file ({@code postmaster.pid}: pid, data directory, port)
 * then stops the next start. Before starting, a server still running on <em>this</em> directory
 * (the pid is alive, is a {@code postgres}, and its data directory is ours) is stopped with a fast
 * shutdown, and a lock file whose process is gone (or is some other program now) is removed.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private LeftoverServer() {
    }

    /** Clears the way for a server on {@code dataDir}. */
    static void clear(Path dataDir) {
        Path lock = dataDir.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(lock);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + lock, e);
        }
        long pid = lines.isEmpty() ? -1 : parsePid(lines.getFirst());
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive) : Optional.empty();
        Optional<String> command = process.flatMap(p -> p.info().command());
        if (process.isEmpty() || command.isPresent() && !isPostgres(command.get())) {
            delete(lock);
            log.warn("Removed a stale lock file of the embedded PostgreSQL (pid {} is gone, or another program now) in {}",
                    pid, dataDir);
            return;
        }
        if (command.isEmpty() || lines.size() < 2 || !sameDirectory(Path.of(lines.get(1)), dataDir)
                || !runsOn(process.get(), dataDir)) {
            log.warn("PostgreSQL pid {} holds the lock file of {} but does not run on it: left alone", pid, dataDir);
            return;
        }
        stop(process.get(), dataDir);
        delete(lock);
        log.warn("Stopped the embedded PostgreSQL left running by a run that was killed (pid {}, port {}) on {}", pid,
                lines.size() > 3 ? lines.get(3).strip() : "?", dataDir);
    }

    private static long parsePid(String line) {
        try {
            return Long.parseLong(line.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isPostgres(String command) {
        return Path.of(command).getFileName().toString().equals("postgres");
    }

    /** Its {@code -D} argument is our directory, when the system tells the arguments. */
    private static boolean runsOn(ProcessHandle process, Path dataDir) {
        return process.info().arguments().map(args -> {
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("-D")) {
                    return sameDirectory(Path.of(args[i + 1]), dataDir);
                }
            }
            return true;
        }).orElse(true);
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code pg_ctl stop -m fast} with the server's own binaries; a SIGTERM (PostgreSQL's smart
     * shutdown: the killed run's sessions are gone already) when they cannot be found or refuse to
     * run (as root).
     */
    private static void stop(ProcessHandle process, Path dataDir) {
        Optional<Path> pgCtl = process.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        try {
            if (pgCtl.isEmpty() || !fastShutdown(pgCtl.get(), dataDir)) {
                process.destroy();
            }
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not stop the embedded PostgreSQL left running on " + dataDir
                    + " (pid " + process.pid() + "): stop it, then start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the embedded PostgreSQL left running", e);
        }
    }

    private static boolean fastShutdown(Path pgCtl, Path dataDir) throws IOException, InterruptedException {
        Process stop = new ProcessBuilder(pgCtl.toString(), "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t",
                String.valueOf(STOP_WAIT.toSeconds())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return stop.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
    }

    private static void delete(Path lock) {
        try {
            Files.deleteIfExists(lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + lock, e);
        }
    }
}
