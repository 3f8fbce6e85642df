package org.preau.feeding;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One import at a time in the whole cluster, across the many short transactions of an apply: the one row of
 * {@code feeding.import_lease}, taken by a run (its {@code holder} token) and kept alive by its heartbeat. The
 * node beats the heartbeat of every run it works on, and of the import itself, every
 * {@code preau.imports.heartbeat-every}; a lease whose heartbeat is older than {@code preau.imports.stale-after}
 * is free (its node died), and its import is shown as interrupted. A run checks at each chunk that it still holds
 * the lease (a run resumed elsewhere took it over): the old one then stops before writing more.
 */
@Component
class ImportLease {

    private static final Logger log = LoggerFactory.getLogger(ImportLease.class);

    /** The run lost the lease to another (it was taken as stale): it must stop at once, writing nothing more. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("import lease taken over", null, false, false);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration staleAfter;
    private final Duration poll;
    /** The runs of this node: holder token to import id. */
    private final Map<UUID, UUID> runs = new ConcurrentHashMap<>();

    ImportLease(JdbcClient jdbc, Clock clock, @Value("${preau.imports.stale-after:PT60S}") Duration staleAfter,
            @Value("${preau.imports.lease-poll:PT1S}") Duration poll) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.poll = poll;
    }

    /** Before this instant, a heartbeat is stale. */
    Instant staleBefore() {
        return clock.instant().minus(staleAfter);
    }

    /** Takes the lease for a run of the import, waiting while another live run holds it; returns the run's token. */
    UUID acquire(UUID importId) {
        UUID token = UUID.randomUUID();
        runs.put(token, importId);
        try {
            while (!take(importId, token)) {
                beat(token); // the import waits: alive, not interrupted
                LockSupport.parkNanos(poll.toNanos());
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted while waiting for the import lease");
                }
            }
            return token;
        } catch (RuntimeException e) {
            runs.remove(token);
            throw e;
        }
    }

    private boolean take(UUID importId, UUID token) {
        Instant now = clock.instant();
        boolean taken = jdbc.sql("""
                update feeding.import_lease set import_id = :import, holder = :token, heartbeat_at = :now
                where id = 1 and (holder is null or heartbeat_at < :stale)""")
                .param("import", importId).param("token", token).param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(now.minus(staleAfter))).update() == 1;
        if (taken) {
            beat(token);
        }
        return taken;
    }

    /** Beats the heartbeat of the run's import and of the lease; false if the run no longer holds the lease. */
    boolean beat(UUID token) {
        UUID importId = runs.get(token);
        Timestamp now = Timestamp.from(clock.instant());
        if (importId != null) {
            jdbc.sql("update feeding.imports set heartbeat_at = :now where id = :id").param("now", now)
                    .param("id", importId).update();
        }
        return jdbc.sql("update feeding.import_lease set heartbeat_at = :now where holder = :token")
                .param("now", now).param("token", token).update() == 1;
    }

    /** Like {@link #beat}, for a run that must stop when it lost the lease. */
    void beatOrStop(UUID token) {
        if (!beat(token)) {
            throw new LeaseLost();
        }
    }

    /** Gives the lease back (if the run still holds it) and stops beating for the run. */
    void release(UUID token) {
        jdbc.sql("update feeding.import_lease set import_id = null, holder = null, heartbeat_at = null where holder = :token")
                .param("token", token).update();
        runs.remove(token);
    }

    /** Stops beating for the run, leaving the lease as it is (it goes stale, as when a node dies). */
    void forget(UUID token) {
        runs.remove(token);
    }

    /** The heartbeats of this node's runs, also while a long chunk (reading big files) runs. */
    @Scheduled(fixedDelayString = "${preau.imports.heartbeat-every:PT15S}", initialDelayString = "PT15S")
    void beatAll() {
        for (UUID token : runs.keySet()) {
            try {
                beat(token);
            } catch (RuntimeException e) {
                log.warn("Heartbeat of import {} failed: {}", runs.get(token), e.toString());
            }
        }
    }
}
