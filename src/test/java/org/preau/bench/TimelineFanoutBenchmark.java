package org.preau.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.preau.timeline.Notifications;
import org.preau.timeline.Notifications.Notice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/**
 * A notification to 1,000 recipients lands in all their feeds (issue 8: under 5 s):
 * {@code ./mvnw test -Dtest=TimelineFanoutBenchmark -Dspring.profiles.active=test} (not part of verify).
 * First through the facade ({@code Notifications.notify}, a third of the people with choices of
 * their own), then end to end: a message to a group of 1,000 parents, from the API call until
 * the 1,000th feed holds its notification (messaging fan-out, event, timeline listener).
 */
@PreauSpringTest
class TimelineFanoutBenchmark {

    private static final int RECIPIENTS = 1_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    @Test
    void aNotificationToAThousandPeople() throws Exception {
        UUID college = jdbc.sql("select id from directory.structures where uai = '0930002B'").query(UUID.class).single();
        UUID group = jdbc.sql("insert into directory.groups (structure_id, name, kind) values (:s, 'Bench', 'MANUAL') returning id")
                .param("s", college).query(UUID.class).single();
        List<PersonId> people = jdbc.sql("""
                with p as (insert into directory.persons (first_name, last_name, display_name, source)
                           select 'Parent', 'Fil ' || n, 'Parent Fil ' || n, 'BENCH' from generate_series(1, :n) n
                           returning id),
                     pp as (insert into directory.person_profiles select id, :s, 'RELATIVE' from p),
                     gm as (insert into directory.group_members select :g, id from p)
                select id from p""")
                .param("n", RECIPIENTS).param("s", college).param("g", group)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
        jdbc.sql("""
                insert into timeline.preferences (person_id, type, feed, mail)
                select id, t, 'IMMEDIATE', 'WEEKLY' from unnest(:p) id, unnest(array['diary.homework', 'messaging.message']) t
                where ('x' || substr(md5(id::text), 1, 2))::bit(8)::int % 3 = 0""")
                .param("p", people.stream().map(PersonId::value).toArray(UUID[]::new)).update();
        jdbc.sql("analyze").update();

        for (int round = 0; round < 3; round++) {
            String source = "bench:" + UUID.randomUUID();
            long start = System.nanoTime();
            int told = notifications.notify(new Notice("diary.homework", people, List.of("Maths", "lundi"), "/diary",
                    null, source));
            long elapsed = System.nanoTime() - start;
            System.out.printf("notify(%d recipients): %d entries in %d ms, visible in %d feeds%n", RECIPIENTS, told,
                    elapsed / 1_000_000, feeds(source));
        }

        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            String json = mvc.perform(post("/api/v1/messages").cookie(anne).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"to\": [\"group:" + group + "\"], \"subject\": \"Sortie " + round
                                    + "\", \"body\": \"<p>Demain</p>\"}"))
                    .andReturn().getResponse().getContentAsString();
            String source = "messaging.message:" + JsonPath.read(json, "$.id");
            Awaitility.await().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(60))
                    .until(() -> feeds(source) >= RECIPIENTS);
            System.out.printf("message to a group of %d: in every feed %d ms after the API call%n", RECIPIENTS,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private int feeds(String source) {
        return jdbc.sql("select count(*) from timeline.entries where source_key = :k and visible_at <= now()")
                .param("k", source).query(Integer.class).single();
    }
}
