package org.preau.messaging;

import static org.preau.access.MatrixProbes.Probe.anywhere;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.preau.access.MatrixProbes;

/** Messaging's actions in the authorization matrix. */
class MessagingMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, Probe> probes(Demo demo) {
        return Map.of("messaging.read", anywhere(() -> get("/api/v1/messages").param("folder", "INBOX")),
                "messaging.send", anywhere(() -> get("/messages/new")),
                "messaging.settings", anywhere(() -> get("/admin/messaging")));
    }

    private static final String SENT_BY_PAUL = "select id from messaging.messages where sender_id = "
            + MatrixProbes.personOf("paul.martin") + " and state = 'SENT' order by id";

    /** A draft in Paul's box, made when the demo has none. */
    private static final String DRAFT_OF_PAUL = """
            with found as (select id from messaging.messages where sender_id = %1$s and state = 'DRAFT' limit 1),
            made as (insert into messaging.messages (id, sender_id, subject, thread_id, state, created_at, updated_at)
                     select gen_random_uuid(), %1$s, 'Probe', gen_random_uuid(), 'DRAFT', now(), now()
                     where not exists (select 1 from found) returning id),
            boxed as (insert into messaging.entries (person_id, message_id, own, folder, date)
                      select %1$s, id, true, 'DRAFTS', now() from made)
            select id from found union all select id from made""".formatted(MatrixProbes.personOf("paul.martin"));

    /** A message of Lucas (a pupil of the collège) held for review. */
    private static final String HELD_OF_LUCAS = MatrixProbes.findOrMake(
            "select id from messaging.messages where state = 'HELD' and sender_id = " + MatrixProbes.personOf("lucas.durand"),
            "insert into messaging.messages (id, sender_id, subject, thread_id, state, sent_at, created_at, updated_at)"
                    + " select gen_random_uuid(), " + MatrixProbes.personOf("lucas.durand")
                    + ", 'Probe', gen_random_uuid(), 'HELD', now(), now(), now()");

    @Override
    public Map<String, String> pathVariables() {
        return Map.of("messages/{id}", SENT_BY_PAUL,
                "{message}", SENT_BY_PAUL,
                "messages/drafts/{id}", DRAFT_OF_PAUL,
                "held/{id}", HELD_OF_LUCAS,
                "messages/{message}/attachments/{file}",
                "select file_id from messaging.attachments where message_id = :message",
                "folders/{id}", MatrixProbes.findOrMake("select id from messaging.folders where owner_id = "
                        + MatrixProbes.personOf("paul.martin"), "insert into messaging.folders (owner_id, name, depth)"
                        + " select " + MatrixProbes.personOf("paul.martin") + ", 'Probe', 1"));
    }
}
