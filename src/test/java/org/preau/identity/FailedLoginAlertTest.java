package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.support.DemoPeople;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many failed logins on one account, from several addresses, raise one alert an hour to the
 * admins of the person's school (central admins in copy), not one per failure.
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
class FailedLoginAlertTest {

    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    MovableClock clock;

    private List<Integer> alerts(PersonId person) {
        return jdbc.sql("select count from moderation.alerts where person_id = :p and kind = 'FAILED_LOGINS' order by raised_at")
                .param("p", person.value()).query(Integer.class).list();
    }

    private void fail(PersonId person, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(person, "203.0.113." + (i % 3));
        }
    }

    @Test
    void tenFailuresOnAnAccountAlertItsSchoolsAdminsOnceAnHour() {
        var people = new DemoPeople(jdbc, directory);
        PersonId lucas = people.id("lucas.durand");
        fail(lucas, 9);
        fail(people.id("sophie.durand"), 3);
        fail(lucas, 5);
        await().atMost(Duration.ofSeconds(20)).until(() -> !alerts(lucas).isEmpty());
        // failures 10 to 14 each signal it, asynchronously: whichever is recorded first is the one alert
        assertThat(alerts(lucas)).singleElement().satisfies(count -> assertThat(count).isBetween(10, 14));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from timeline.entries e join moderation.alerts a on e.source_key = 'moderation.alert:' || a.id
                where a.person_id = :p and e.person_id = :anne""").param("p", lucas.value())
                .param("anne", people.id("anne.bernard").value()).query(Integer.class).single() == 1);
        assertThat(alerts(people.id("sophie.durand"))).isEmpty();

        clock.advance(Duration.ofMinutes(61));
        fail(lucas, 10);
        await().atMost(Duration.ofSeconds(20)).until(() -> alerts(lucas).size() == 2);
        // the addresses' counts run on until a success: the second alert counts them all
        assertThat(alerts(lucas).getLast()).isGreaterThanOrEqualTo(10);
    }
}
