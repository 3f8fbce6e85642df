package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.State;
import org.preau.support.DemoPeople;
import org.preau.support.TwoNodesTestBase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pupil sending from both nodes at once, as fast as each can: the hard threshold and the alerts
 * hold as on one node (fourteen delivered, the rest held up to the cap, one alert of each kind), the
 * counts being read under the sender's lock in the shared database.
 */
class SendWatchTwoNodesTest extends TwoNodesTestBase {

    private static List<State> flood(ConfigurableApplicationContext node, String to, int sends) {
        var people = new DemoPeople(node.getBean(JdbcClient.class), node.getBean(Directory.class));
        var lucas = people.user("lucas.durand");
        var messaging = node.getBean(Messaging.class);
        var states = new ConcurrentLinkedQueue<State>();
        for (int i = 0; i < sends; i++) {
            try {
                states.add(messaging.send(lucas, new Compose(List.of(to), List.of(), List.of(), "Deux " + i, "?", false,
                        null, null)).state());
            } catch (MessagingProblem refused) {
                assertThat(refused.reason()).isEqualTo(MessagingProblem.Reason.HOURLY_CAP);
            }
        }
        return List.copyOf(states);
    }

    @Test
    void aPupilAlternatingBetweenNodesIsHeldAndAlertedAsOnOne() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        var people = new DemoPeople(jdbc, first.getBean(Directory.class));
        var lucas = people.id("lucas.durand").value();
        jdbc.sql("delete from messaging.messages where sender_id = :p").param("p", lucas).update();
        jdbc.sql("delete from moderation.alerts where person_id = :p").param("p", lucas).update();
        String paul = people.id("paul.martin").toString();

        var one = CompletableFuture.supplyAsync(() -> flood(first, paul, 12));
        var two = CompletableFuture.supplyAsync(() -> flood(second, paul, 12));
        List<State> states = new java.util.ArrayList<>(one.join());
        states.addAll(two.join());

        assertThat(states).filteredOn(s -> s == State.SENT).hasSize(14);
        assertThat(states).filteredOn(s -> s == State.HELD).hasSize(6);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(distinct kind) from moderation.alerts where person_id = :p").param("p", lucas)
                .query(Integer.class).single() == 2);
        // each send over a threshold signals it, asynchronously: whichever is recorded first is the one alert
        var alerts = jdbc.sql("select kind, count from moderation.alerts where person_id = :p order by kind")
                .param("p", lucas).query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getInt(2))).list();
        assertThat(alerts).extracting(java.util.Map.Entry::getKey).containsExactly("BURST", "HELD");
        assertThat(alerts.get(0).getValue()).isBetween(10, 14);
        assertThat(alerts.get(1).getValue()).isBetween(15, 20);
    }
}
