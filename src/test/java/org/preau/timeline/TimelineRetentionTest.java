package org.preau.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notices older than the retention period (a year by default) are deleted; younger ones stay. */
@PreauSpringTest
class TimelineRetentionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    TimelineRetention retention;

    @Test
    void noticesOlderThanAYearAreDeletedAndYoungerOnesStay() {
        UUID person = jdbc.sql("select person_id from identity.accounts where login = 'lucas.durand'").query(UUID.class)
                .single();
        Instant now = clock.instant();
        UUID old = notice(person, now.minus(400, ChronoUnit.DAYS));
        UUID recent = notice(person, now.minus(300, ChronoUnit.DAYS));

        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(retention.purge()).as("nothing left to purge").isZero();
    }

    private UUID notice(UUID person, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into timeline.entries (id, person_id, type, link, source_key, created_at, visible_at)
                values (:id, :p, 'timeline.report', '/', :key, :at, :at)""")
                .param("id", id).param("p", person).param("key", "test:" + id).param("at", Timestamp.from(at)).update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select exists (select 1 from timeline.entries where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }
}
