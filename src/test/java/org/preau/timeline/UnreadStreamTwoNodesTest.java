package org.preau.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.support.BrowserlessClient;
import org.preau.support.TwoNodes;
import org.preau.timeline.Notifications.Notice;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes on one database: an entry created on node A reaches a stream opened on node B. */
class UnreadStreamTwoNodesTest {

    private static TwoNodes nodes;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBothNodes() {
        nodes = TwoNodes.start();
        first = nodes.first();
        second = nodes.second();
    }

    @AfterAll
    static void stopBothNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return TwoNodes.port(node);
    }

    @Test
    void anEntryCreatedOnOneNodeReachesAStreamOpenedOnTheOther() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> second.getBean(UnreadListener.class).listening());
        PersonId sophie = new PersonId(first.getBean(JdbcClient.class)
                .sql("select person_id from identity.accounts where login = 'sophie.durand'").query(UUID.class).single());
        int before = first.getBean(Notifications.class).unread(sophie);

        var client = new BrowserlessClient(port(second));
        client.login("sophie.durand", "Preau-Demo-2026!");
        var response = client.lines("/timeline/stream", "Accept", "text/event-stream", "Accept-Language", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException e) {
                // the test closed the stream
            }
        });
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream()
                    .anyMatch(l -> l.startsWith("data:") && l.contains("\"count\":" + before + ",")));

            first.getBean(Notifications.class).notify(new Notice("diary.homework", List.of(sophie),
                    List.of("Mathématiques", "lundi"), "/diary", null, "two-nodes:" + UUID.randomUUID()));

            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")
                    && l.contains("\"count\":" + (before + 1) + ",") && l.contains("unread notification")));
        } finally {
            response.body().close();
            reader.interrupt();
        }
    }
}
