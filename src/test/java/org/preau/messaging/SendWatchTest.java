package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.State;
import org.preau.platform.PreauUser;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Detection on the send path: a pupil's burst raises one alert (not one per send) to the school's
 * admins and the central admins, nobody of another school; from the hard threshold on, their
 * messages are held, stored and not delivered, until reviewed; the same body to many people across
 * messages raises its own alert; a short common body never does. The clock stands still: all sends
 * fall in the windows, and moving it shows the windows' ends.
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
class SendWatchTest {

    @Autowired
    Sending sending;
    @Autowired
    HeldMessages held;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    MovableClock clock;

    MessagingFixtures fx;
    PreauUser lucas;

    @BeforeEach
    void fixtures() {
        fx = new MessagingFixtures(jdbc, directory);
        lucas = fx.user("lucas.durand");
        // an hour and more since anything of the earlier tests: their windows and alerts are over
        clock.advance(Duration.ofHours(2));
    }

    /** Classmates and teachers of 6A that Lucas may write to. */
    private List<String> reachable(int count) {
        List<String> candidates = jdbc.sql("""
                select distinct m.person_id::text from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.persons p on p.id = m.person_id
                where c.name = '6A' and p.state = 'ACTIVE' and m.person_id <> :me order by 1""")
                .param("me", lucas.personId().value()).query(String.class).list();
        assertThat(candidates.size()).isGreaterThanOrEqualTo(count);
        return candidates.subList(0, count);
    }

    private MessageViews.Sent send(List<String> to, String subject, String body) {
        return sending.send(lucas, null, new Compose(to, List.of(), List.of(), subject, body, false, null, null), true);
    }

    private List<Integer> alerts(String kind) {
        return jdbc.sql("select count from moderation.alerts where person_id = :p and kind = :k order by raised_at")
                .param("p", lucas.personId().value()).param("k", kind).query(Integer.class).list();
    }

    private List<UUID> toldOf(String kind) {
        return jdbc.sql("""
                select e.person_id from timeline.entries e join moderation.alerts a on e.source_key = 'moderation.alert:' || a.id
                where a.person_id = :p and a.kind = :k""")
                .param("p", lucas.personId().value()).param("k", kind).query(UUID.class).list();
    }

    @Test
    void aBurstAlertsTheSchoolsAdminsOnceThenTheHardThresholdHoldsTheMessagesUndelivered() {
        String to = reachable(1).getFirst();
        List<UUID> sent = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            var s = send(List.of(to), "Message " + i, "Bonjour " + i);
            assertThat(s.state()).as("send %d", i).isEqualTo(State.SENT);
            sent.add(s.id());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> toldOf("BURST").size() >= 2);
        // one alert for the ten sends and the four after them: each of them signals it, asynchronously,
        // and whichever is recorded first is the one alert
        assertThat(alerts("BURST")).singleElement().satisfies(count -> assertThat(count).isBetween(10, 14));
        assertThat(toldOf("BURST")).contains(fx.id("anne.bernard").value(), fx.id("admin.region").value())
                .doesNotContain(fx.id("marc.petit").value(), lucas.personId().value());
        // mailed at once, not in a digest
        assertThat(jdbc.sql("""
                select bool_and(e.mail_at is not null and e.mail_at <= e.created_at) from timeline.entries e
                join moderation.alerts a on e.source_key = 'moderation.alert:' || a.id where a.person_id = :p""")
                .param("p", lucas.personId().value()).query(Boolean.class).single()).isTrue();

        var fifteenth = send(List.of(to), "Quinze", "Bonjour quinze");
        var sixteenth = send(List.of(to), "Seize", "Bonjour seize");
        assertThat(fifteenth.state()).isEqualTo(State.HELD);
        assertThat(sixteenth.state()).isEqualTo(State.HELD);
        await().atMost(Duration.ofSeconds(20)).until(() -> !toldOf("HELD").isEmpty());
        assertThat(alerts("HELD")).singleElement().satisfies(count -> assertThat(count).isBetween(15, 16));
        fx.awaitDelivered(sent.getLast(), 1);
        assertThat(fx.delivered(fifteenth.id())).isZero();
        assertThat(held.holding(lucas)).isTrue();

        // the burst window is over, yet held messages await review: still held
        clock.advance(Duration.ofMinutes(11));
        assertThat(send(List.of(to), "Plus tard", "Bonjour plus tard").state()).isEqualTo(State.HELD);
        var anne = fx.user("anne.bernard");
        assertThat(held.list(anne)).extracting(HeldRepository.Held::subject).contains("Quinze", "Seize", "Plus tard");
        assertThat(held.list(fx.user("marc.petit"))).isEmpty();
        held.list(anne).forEach(h -> held.discard(anne, h.id()));
        // reviewed and below the threshold again: sent
        assertThat(send(List.of(to), "Libre", "Bonjour libre").state()).isEqualTo(State.SENT);
        assertThat(alerts("BURST")).hasSize(1);
    }

    @Test
    void theSameBodyToManyPeopleAcrossMessagesAlertsAndAShortCommonBodyNever() {
        List<String> fifteen = reachable(15);
        String body = "Rendez-vous ce soir devant le collège, venez nombreux, faites passer !";
        for (int i = 0; i < 3; i++) {
            var s = send(fifteen.subList(5 * i, 5 * i + 5), "Chaîne " + i, body);
            fx.awaitDelivered(s.id(), 5);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !alerts("SAME_BODY").isEmpty());
        assertThat(alerts("SAME_BODY")).containsExactly(15);

        jdbc.sql("delete from moderation.alerts").update();
        for (int i = 0; i < 3; i++) {
            var s = send(fifteen.subList(5 * i, 5 * i + 5), "Merci " + i, "Merci !");
            fx.awaitDelivered(s.id(), 5);
        }
        assertThat(SendWatch.hash("Merci !")).isNull();
        assertThat(SendWatch.hash("  Rendez-vous CE soir devant le collège,\n venez nombreux, faites passer !"))
                .isEqualTo(SendWatch.hash(body));
        assertThat(alerts("SAME_BODY")).isEmpty();
    }
}
