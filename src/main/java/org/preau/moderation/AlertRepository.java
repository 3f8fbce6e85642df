package org.preau.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.preau.platform.reporting.AnomalyDetected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts raised ({@code moderation.alerts}): ids and counts only. */
@Repository
class AlertRepository {

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the alert unless one of the same person and kind was raised since {@code since}
     * (under a lock on the pair, so two nodes cannot both record it); its id, or null when deduplicated.
     */
    @org.jspecify.annotations.Nullable
    UUID recordUnlessSince(AnomalyDetected anomaly, Instant since, Instant now) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:k, 20))")
                .param("k", anomaly.person().value() + ":" + anomaly.kind()).query(Object.class).single();
        boolean recent = jdbc.sql("""
                select exists (select 1 from moderation.alerts where person_id = :p and kind = :k and raised_at > :since)""")
                .param("p", anomaly.person().value()).param("k", anomaly.kind().name())
                .param("since", Timestamp.from(since)).query(Boolean.class).single();
        if (recent) {
            return null;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into moderation.alerts (id, person_id, kind, count, window_minutes, detected_at, raised_at)
                values (:id, :p, :k, :c, :w, :d, :now)""")
                .param("id", id).param("p", anomaly.person().value()).param("k", anomaly.kind().name())
                .param("c", anomaly.count()).param("w", anomaly.window()).param("d", Timestamp.from(anomaly.at()))
                .param("now", Timestamp.from(now)).update();
        return id;
    }
}
