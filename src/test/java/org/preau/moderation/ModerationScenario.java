package org.preau.moderation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.Messaging;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.DemoPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo people and a message to report: Paul Martin (teacher) writes to Sophie Durand (parent) and Lucas. */
record ModerationScenario(JdbcClient jdbc, Directory directory, Messaging messaging) {

    PersonId id(String login) {
        return new DemoPeople(jdbc, directory).id(login);
    }

    PreauUser user(String login) {
        return new DemoPeople(jdbc, directory).user(login);
    }

    /** A message from Paul Martin to Sophie and Lucas Durand, delivered to both. */
    UUID offensiveMessage(String subject) {
        var compose = new Compose(List.of(id("sophie.durand").toString(), id("lucas.durand").toString()), List.of(),
                List.of(), subject, "<p>Un texte à signaler</p>", true, null, null);
        UUID id = messaging.send(user("paul.martin"), compose).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> inInbox("sophie.durand", id) && inInbox("lucas.durand", id));
        return id;
    }

    boolean inInbox(String login, UUID message) {
        return messaging.box(user(login), Folder.INBOX, null, 200).items().stream().anyMatch(s -> s.id().equals(message));
    }

    boolean readable(String login, UUID message) {
        return messaging.read(user(login), message).isPresent();
    }

    /** How many timeline entries are about the message. */
    int notices(UUID message) {
        return jdbc.sql("select count(*) from timeline.entries where source_key = :r")
                .param("r", "messaging.message:" + message).query(Integer.class).single();
    }
}
