package org.preau.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/**
 * Issue 20's figures: {@code ./mvnw test -Dtest=ModerationBenchmark -Dspring.profiles.active=test}
 * (not part of verify).
 * <ul>
 * <li>a message delivered to 1,500 parents is reported by one of them and neutralized by the
 * principal: the time of the decision, and until no box, feed or unread count holds it;
 * <li>a compromised pupil account sends through the API as fast as it can for 60 s: how many
 * messages it sent, from which send on they were held (202), how many sends were refused with 429,
 * and how long after its first send each alert reached the school's admin's timeline.
 * </ul>
 */
@PreauSpringTest
class ModerationBenchmark {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void neutralizeAFanOutAndAFloodingPupil() throws Exception {
        neutralize(1_500);
        flood(Duration.ofSeconds(60));
    }

    private void neutralize(int recipients) throws Exception {
        UUID group = BenchParents.group(jdbc, recipients);
        UUID sophie = jdbc.sql("select person_id from identity.accounts where login = 'sophie.durand'").query(UUID.class)
                .single();
        jdbc.sql("insert into directory.group_members values (:g, :p)").param("g", group).param("p", sophie).update();
        jdbc.sql("analyze").update();
        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        String json = mvc.perform(post("/api/v1/messages").cookie(anne).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": [\"group:" + group + "\"], \"subject\": \"À neutraliser\", \"body\": \"<p>x</p>\"}"))
                .andReturn().getResponse().getContentAsString();
        UUID message = UUID.fromString(JsonPath.read(json, "$.id"));
        int reached = recipients + 1;
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> boxes(message) >= reached && notices(message) >= reached);
        Cookie parent = DemoAccounts.login(mvc, "sophie.durand");
        String report = JsonPath.read(mvc.perform(post("/api/v1/reports").cookie(parent).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"MESSAGE\", \"id\": \"" + message + "\", \"reason\": \"THREAT\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");

        long start = System.nanoTime();
        int status = mvc.perform(post("/api/v1/reports/" + report + "/neutralize").cookie(anne).with(csrf()))
                .andReturn().getResponse().getStatus();
        long decided = System.nanoTime() - start;
        long inBoxes = boxes(message);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> notices(message) == 0);
        long everywhere = System.nanoTime() - start;
        System.out.printf("neutralize a message in %d boxes: decision answered %d in %d ms (boxes holding it then: %d),"
                + " gone from every feed after %d ms%n", reached, status, decided / 1_000_000, inBoxes,
                everywhere / 1_000_000);
    }

    private void flood(Duration during) throws Exception {
        Cookie lucas = DemoAccounts.login(mvc, "lucas.durand");
        UUID pupil = jdbc.sql("select person_id from identity.accounts where login = 'lucas.durand'").query(UUID.class)
                .single();
        String paul = jdbc.sql("select person_id::text from identity.accounts where login = 'paul.martin'")
                .query(String.class).single();
        jdbc.sql("delete from messaging.messages where sender_id = :p").param("p", pupil).update();
        jdbc.sql("delete from moderation.alerts where person_id = :p").param("p", pupil).update();
        int accepted = 0;
        int held = 0;
        int firstHeld = 0;
        int refused = 0;
        int other = 0;
        Instant first = clock.instant();
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            int status = mvc.perform(post("/api/v1/messages").cookie(lucas).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"to\": [\"" + paul + "\"], \"subject\": \"Flood\", \"body\": \"x\"}"))
                    .andReturn().getResponse().getStatus();
            if (status == 201) {
                accepted++;
            } else if (status == 202) {
                held++;
                firstHeld = firstHeld == 0 ? accepted + held : firstHeld;
            } else if (status == 429) {
                refused++;
            } else {
                other++;
            }
        }
        long sent = jdbc.sql("select count(*) from messaging.messages where sender_id = :p and state = 'SENT'")
                .param("p", pupil).query(Long.class).single();
        System.out.printf("a pupil flooding for %d s: %d sends accepted (201), %d held (202, from send #%d on), %d refused"
                + " with 429, %d other; %d messages sent and delivered%n", during.toSeconds(), accepted, held, firstHeld,
                refused, other, sent);
        UUID anne = jdbc.sql("select person_id from identity.accounts where login = 'anne.bernard'").query(UUID.class)
                .single();
        jdbc.sql("""
                select a.kind, a.count, count(*) over (partition by a.kind) alerts, min(e.created_at) told
                from moderation.alerts a left join timeline.entries e
                    on e.source_key = 'moderation.alert:' || a.id and e.person_id = :anne
                where a.person_id = :p group by a.id, a.kind, a.count order by told""")
                .param("p", pupil).param("anne", anne)
                .query(rs -> {
                    var told = rs.getTimestamp("told");
                    System.out.printf("  alert %s (%d messages, %d alert(s) of the kind): in the admin's timeline %s%n",
                            rs.getString("kind"), rs.getInt("count"), rs.getInt("alerts"), told == null ? "never"
                                    : Duration.between(first, told.toInstant()).toMillis() + " ms after the first send");
                });
    }

    private long boxes(UUID message) {
        return jdbc.sql("select count(*) from messaging.entries where message_id = :m and not own").param("m", message)
                .query(Long.class).single();
    }

    private long notices(UUID message) {
        return jdbc.sql("select count(*) from timeline.entries where source_key = :k")
                .param("k", "messaging.message:" + message).query(Long.class).single();
    }
}
