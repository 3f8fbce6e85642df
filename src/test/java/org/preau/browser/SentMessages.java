package org.preau.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.messaging.Messaging;
import org.preau.platform.PersonId;
import org.preau.support.DemoPeople;
import org.preau.support.TestTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The messages a demo person sends in a journey, and how to take them back after it, so that the
 * other journeys find the person below the send policy's caps and thresholds again.
 */
record SentMessages(JdbcClient jdbc, Messaging messaging, Directory directory) {

    /** How many messages the person sent within the last {@code window}. */
    long within(PersonId person, Duration window) {
        return jdbc.sql("select count(*) from messaging.messages where sender_id = :p and sent_at > :since")
                .param("p", person.value()).param("since", java.sql.Timestamp.from(TestTime.now().minus(window)))
                .query(Long.class).single();
    }

    /**
     * Recalls the person's messages whose subject starts with {@code subjectPrefix} that were
     * delivered (their notices leave the recipients' timelines; held ones never were), then deletes
     * them all.
     */
    void forget(String login, String subjectPrefix) {
        var sender = new DemoPeople(jdbc, directory).user(login);
        List<UUID> sent = jdbc.sql("select id from messaging.messages where sender_id = :p and subject like :s")
                .param("p", sender.personId().value()).param("s", subjectPrefix + "%").query(UUID.class).list();
        UUID[] ids = sent.toArray(UUID[]::new);
        jdbc.sql("select id from messaging.messages where id = any(:ids) and state = 'SENT'")
                .param("ids", ids).query(UUID.class).list().forEach(id -> messaging.recall(sender, id));
        jdbc.sql("delete from messaging.messages where id = any(:ids)").param("ids", ids).update();
    }
}
