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

    @Override
    public Map<String, String> pathVariables() {
        return Map.of("messages/{id}", SENT_BY_PAUL,
                "{message}", SENT_BY_PAUL,
                "messages/drafts/{id}", "select id from messaging.messages where sender_id = "
                        + MatrixProbes.personOf("paul.martin") + " and state = 'DRAFT'",
                "messages/{message}/attachments/{file}",
                "select file_id from messaging.attachments where message_id = :message",
                "folders/{id}", MatrixProbes.findOrMake("select id from messaging.folders where owner_id = "
                        + MatrixProbes.personOf("paul.martin"), "insert into messaging.folders (owner_id, name, depth)"
                        + " select " + MatrixProbes.personOf("paul.martin") + ", 'Probe', 1"));
    }
}
