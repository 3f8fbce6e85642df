package org.preau.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events whose listener failed or whose node stopped before it finished are handed to their
 * listeners again once they are a few minutes old, by one node at a time (a PostgreSQL advisory
 * lock), instead of every node republishing everything when it starts.
 */
@Component
class Resubmission {

    private static final Logger log = LoggerFactory.getLogger(Resubmission.class);
    private static final long LOCK = 0x5052_4541_5552_4553L;

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Duration olderThan;

    Resubmission(IncompleteEventPublications incomplete, JdbcClient jdbc, TransactionTemplate transaction,
            @Value("${preau.events.resubmit-after:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${preau.events.resubmit-every:PT1M}", initialDelayString = "PT1M")
    void resubmit() {
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK).query(Boolean.class).single()) {
                incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
            }
        });
        log.debug("Incomplete event publications older than {} resubmitted", olderThan);
    }
}
