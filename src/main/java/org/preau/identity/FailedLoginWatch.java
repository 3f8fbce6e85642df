package org.preau.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.preau.platform.PersonId;
import org.preau.platform.reporting.AnomalyDetected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many failed logins on one account, from every address ({@link LoginThrottle}'s counts of the
 * addresses that failed within {@link #WINDOW}), raise an {@link AnomalyDetected} on each failure
 * from {@code preau.identity.alert-after-failures} (10) on; moderation keeps one alert per account an
 * hour and tells the admins of the person's structures.
 */
@Component
class FailedLoginWatch {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final int alertAfter;

    FailedLoginWatch(JdbcClient jdbc, ApplicationEventPublisher events,
            @Value("${preau.identity.alert-after-failures:10}") int alertAfter) {
        this.jdbc = jdbc;
        this.events = events;
        this.alertAfter = alertAfter;
    }

    /**
     * Called in the transaction that counted a failure of the account, or in its own (some callers
     * count outside one): the event leaves with its commit.
     */
    @Transactional
    void failed(PersonId person, Instant now) {
        int failures = jdbc.sql("""
                select coalesce(sum(failures), 0)::int from identity.login_failures
                where person_id = :p and last_failure_at > :since""")
                .param("p", person.value()).param("since", Timestamp.from(now.minus(WINDOW)))
                .query(Integer.class).single();
        if (failures >= alertAfter) {
            events.publishEvent(new AnomalyDetected(person, AnomalyDetected.Kind.FAILED_LOGINS, failures,
                    (int) WINDOW.toMinutes(), now));
        }
    }
}
