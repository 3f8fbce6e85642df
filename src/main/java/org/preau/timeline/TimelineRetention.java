package org.preau.timeline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices are kept for {@code preau.timeline.retention} (a year by default) and then deleted,
 * with the reports about them, once a night by one node (a PostgreSQL advisory lock); so is
 * the memory of withdrawn resources.
 */
@Component
class TimelineRetention {

    private static final Logger log = LoggerFactory.getLogger(TimelineRetention.class);
    private static final long LOCK = 0x5052_4541_544c_5245L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period retention;

    TimelineRetention(JdbcClient jdbc, Clock clock, @Value("${preau.timeline.retention:P1Y}") Period retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes the notices older than the retention period; how many. */
    @Scheduled(cron = "${preau.timeline.retention-cron:0 15 3 * * *}", zone = "Europe/Paris")
    @Transactional
    public int purge() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK).query(Boolean.class).single()) {
            return 0;
        }
        var limit = clock.instant().atZone(clock.getZone()).minus(retention).toInstant();
        int deleted = jdbc.sql("delete from timeline.entries where created_at < :limit")
                .param("limit", Timestamp.from(limit)).update();
        // a notice cannot arrive a year after its resource was withdrawn: the memory of it can go
        jdbc.sql("delete from timeline.withdrawn_resources where withdrawn_at < :limit")
                .param("limit", Timestamp.from(limit)).update();
        log.info("Timeline retention: {} notices older than {} deleted", deleted, retention);
        return deleted;
    }
}
