package org.preau.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.support.TwoNodesTestBase;
import org.preau.platform.PersonId;
import org.preau.support.BrowserlessClient;
import org.preau.timeline.Notifications.Notice;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes on one database: an entry created on node A reaches a stream opened on node B. */
class UnreadStreamTwoNodesTest extends TwoNodesTestBase {

    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+),");

    /** The count the stream said last (-1 before any). */
    private static int last(List<String> lines) {
        int last = -1;
        for (String line : lines) {
            Matcher count = COUNT.matcher(line);
            if (line.startsWith("data:") && count.find()) {
                last = Integer.parseInt(count.group(1));
            }
        }
        return last;
    }

    @Test
    void anEntryCreatedOnOneNodeReachesAStreamOpenedOnTheOther() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> second.getBean(UnreadListener.class).listening());
        PersonId sophie = new PersonId(first.getBean(JdbcClient.class)
                .sql("select person_id from identity.accounts where login = 'sophie.durand'").query(UUID.class).single());

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
            await().atMost(Duration.ofSeconds(10)).until(() -> last(lines) >= 0);
            int before = last(lines);

            first.getBean(Notifications.class).notify(new Notice("diary.homework", List.of(sophie),
                    List.of("Mathématiques", "lundi"), "/diary", null, "two-nodes:" + UUID.randomUUID()));

            // other notifications (the demo's messages) may arrive meanwhile: the stream catches up with the count
            Notifications onFirst = first.getBean(Notifications.class);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> last(lines) > before && last(lines) == onFirst.unread(sophie));
            assertThat(lines).anyMatch(l -> l.startsWith("data:") && l.contains("unread notification"));
        } finally {
            response.body().close();
            reader.interrupt();
        }
    }
}
