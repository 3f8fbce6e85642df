package org.preau.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life cycle of people who left the register, once a night and on one node only (a
 * PostgreSQL advisory lock): detached people are blocked after a while, and deleted when
 * their retention period ends.
 */
@Component
class DirectoryHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(DirectoryHousekeeping.class);
    private static final long LOCK = 0x5052_4541_5544_4952L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration blockAfter;

    DirectoryHousekeeping(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
            @Value("${preau.directory.block-after:P7D}") Duration blockAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.blockAfter = blockAfter;
    }

    @Scheduled(cron = "${preau.directory.housekeeping-cron:0 30 2 * * *}", zone = "Europe/Paris")
    @Transactional
    public void run() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK).query(Boolean.class).single()) {
            return;
        }
        Instant now = clock.instant();
        int blocked = jdbc.sql("""
                update directory.persons set state = 'BLOCKED', blocked_at = :now
                where state = 'DETACHED' and detached_at <= :limit""")
                .param("now", Timestamp.from(now)).param("limit", Timestamp.from(now.minus(blockAfter))).update();
        List<PersonId> deleted = jdbc.sql("""
                delete from directory.persons where delete_after is not null and delete_after <= :now
                  and state <> 'ACTIVE' returning id""")
                .param("now", Timestamp.from(now)).query(UUID.class).list().stream().map(PersonId::new).toList();
        if (!deleted.isEmpty()) {
            events.publishEvent(new PersonsDeleted(deleted));
        }
        log.info("Directory housekeeping: {} blocked, {} deleted", blocked, deleted.size());
    }
}
