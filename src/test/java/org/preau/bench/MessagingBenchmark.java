package org.preau.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * Messaging figures on the demo territory grown for the occasion:
 * {@code ./mvnw test -Dtest=MessagingBenchmark -Dspring.profiles.active=test} (not part of verify).
 * A message to 1,500 parents (a manual group): time to accept the API call and time until every
 * box holds it; then a pupil with 20,000 messages (among 100,000 in the database): the inbox
 * page and the search, p50/p95/p99 over HTTP (MockMvc, the whole page rendered).
 */
@PreauSpringTest
class MessagingBenchmark {

    private static final String[] WORDS = { "Sortie", "Réunion", "Devoir", "Cantine", "Piscine", "Théâtre",
            "Bibliothèque", "Élections", "Kermesse", "Musée", "Carnaval", "Brevet", "Conseil", "Forêt", "Été" };

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.preau.messaging.Messaging messaging;


    @Test
    void fanOutInboxAndSearch() throws Exception {
        fanOut(1_500);
        picker();
        bigInbox(20_000, 80_000);
    }

    /** The recipient picker as a principal types: groups of up to 1,500 people, with their sizes. */
    private void picker() throws Exception {
        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        String[] queries = { "Bench", "parents", "élèves", "6A", "enseignants" };
        measure("picker (groups with sizes)", 100, i -> perform(get("/messages/recipients").cookie(anne)
                .param("q", queries[i % queries.length])));
    }

    private void fanOut(int recipients) throws Exception {
        UUID group = BenchParents.group(jdbc, recipients);
        jdbc.sql("analyze").update();
        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            String json = mvc.perform(post("/api/v1/messages").cookie(anne).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"to\": [\"group:" + group + "\"], \"subject\": \"Grève " + round
                                    + "\", \"body\": \"<p>Demain</p>\"}"))
                    .andReturn().getResponse().getContentAsString();
            long accepted = System.nanoTime() - start;
            UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(json, "$.id"));
            org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(10))
                    .atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> jdbc.sql("select count(*) from messaging.entries where message_id = :m and not own")
                            .param("m", id).query(Integer.class).single() >= recipients);
            long delivered = System.nanoTime() - start;
            System.out.printf("message to %d people: accepted in %d ms, in every box after %d ms%n", recipients,
                    accepted / 1_000_000, delivered / 1_000_000);
        }
    }

    private void bigInbox(int mine, int others) throws Exception {
        UUID lucas = jdbc.sql("select person_id from identity.accounts where login = 'lucas.durand'").query(UUID.class).single();
        UUID paul = jdbc.sql("select person_id from identity.accounts where login = 'paul.martin'").query(UUID.class).single();
        long start = System.nanoTime();
        insertMessages(lucas, paul, mine);
        List<UUID> people = jdbc.sql("select id from directory.persons where source = 'BENCH' limit 40").query(UUID.class).list();
        for (UUID person : people) {
            insertMessages(person, paul, others / people.size());
        }
        jdbc.sql("analyze").update();
        System.out.printf("%d messages written in %d ms%n", mine + others, (System.nanoTime() - start) / 1_000_000);
        Cookie session = DemoAccounts.login(mvc, "lucas.durand");
        var user = new org.preau.platform.PreauUser(new org.preau.platform.PersonId(lucas), "lucas.durand", "Lucas",
                java.util.Set.of("ROLE_STUDENT"), true, null);
        measure("home page (baseline)", 100, i -> perform(get("/").cookie(session)));
        measure("inbox query (facade)", 300, i -> messaging.box(user, org.preau.messaging.MessageViews.Folder.INBOX,
                null, 50));
        measure("inbox page (50 lines, rendered)", 300, i -> perform(get("/messages").cookie(session)));
        measure("inbox page 5 (cursor)", 100, i -> perform(get("/messages").cookie(session)
                .param("cursor", cursorAt(lucas, 200))));
        String[] queries = { "musee", "reunion parents", "théâtre", "bibliotheque 1234", "martin", "ete foret",
                "kermesse 99", "BREVET", "piscine mardi", "élections" };
        measure("search page", 300, i -> perform(get("/messages").cookie(session).param("q", queries[i % queries.length])));
        measure("search query (facade)", 300, i -> messaging.search(user, queries[i % queries.length], 50));
        explain("unread counts", "select folder, folder_id, count(*) from messaging.entries where person_id = :p and unread "
                + "group by folder, folder_id", lucas);
        explain("inbox page query", "select e.message_id from messaging.entries e join messaging.messages m on m.id = e.message_id "
                + "where e.person_id = :p and e.folder = 'INBOX' order by e.date desc, e.message_id desc limit 51", lucas);
        explain("search candidates (kermesse 99)", "select m.id from messaging.messages m where cast(:p as uuid) is not null "
                + "and m.search_text like '%kermesse%' and m.search_text like '%99%' limit 2001", lucas);
        for (String q : queries) {
            measure("  search " + q, 20, i -> messaging.search(user, q, 50));
        }
    }

    private void insertMessages(UUID owner, UUID sender, int count) {
        jdbc.sql("""
                with m as (insert into messaging.messages (id, sender_id, sender_name, subject, body, body_text, thread_id,
                               state, sent_at, recipients, created_at, updated_at)
                           select id, :sender, 'Paul Martin', s, '<p>' || b || '</p>', b, id, 'SENT',
                                  now() - n * interval '7 minutes', 1, now(), now()
                           from (select gen_random_uuid() as id, n, (:words::text[])[1 + n % 15] || ' ' || n as s,
                                        'Bonjour, ' || (:words::text[])[1 + (n / 15) % 15] || ' le mardi avec les parents '
                                        || (:words::text[])[1 + (n / 7) % 15] || ' et la forêt. Message numéro ' || n as b
                                 from generate_series(1, :count) n) g
                           returning id, sent_at)
                insert into messaging.entries (person_id, message_id, own, kind, folder, unread, date)
                select :owner, id, false, 'TO', 'INBOX', random() < 0.1, sent_at from m""")
                .param("sender", sender).param("owner", owner).param("count", count)
                .param("words", WORDS).update();
    }

    private String cursorAt(UUID person, int offset) {
        var row = jdbc.sql("""
                select date, message_id from messaging.entries where person_id = :p and folder = 'INBOX'
                order by date desc, message_id desc offset :o limit 1""")
                .param("p", person).param("o", offset)
                .query((rs, n) -> new org.preau.messaging.MessageViews.Summary(rs.getObject(2, UUID.class), "", null,
                        rs.getTimestamp(1).toInstant(), false, null, null, false, "", "")).single();
        String raw = row.date().getEpochSecond() + "." + row.date().getNano() + "." + row.id();
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes());
    }

    /** Prints the plan of a query, as it ran (EXPLAIN ANALYZE), with {@code :p} the person. */
    private void explain(String label, String sql, UUID person) {
        System.out.println("-- EXPLAIN ANALYZE " + label);
        jdbc.sql("explain (analyze, buffers) " + sql).param("p", person).query(String.class).list()
                .forEach(line -> System.out.println("   " + line));
    }

    private void perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status != 200) {
                throw new IllegalStateException("status " + status);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void measure(String label, int runs, IntConsumer action) {
        for (int i = 0; i < 30; i++) {
            action.accept(i);
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            action.accept(i);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("%-34s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d runs)%n", label, times[runs / 2] / 1e6,
                times[runs * 95 / 100] / 1e6, times[runs * 99 / 100] / 1e6, runs);
    }
}
