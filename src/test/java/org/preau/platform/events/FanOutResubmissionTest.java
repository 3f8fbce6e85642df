package org.preau.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.Messaging;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A message's fan-out cut short by a crash is finished later by {@link Resubmission}, every box
 * getting the message, and its notice, exactly once. The crash is made from the publication the
 * send really stored (copied by a trigger as it was written): put back incomplete, as a node that
 * stopped before its listener finished leaves it, either before the fan-out committed (no box has
 * the message) or after (every box has it, some read already).
 */
@PreauSpringTest
class FanOutResubmissionTest {

    @Autowired
    Messaging messaging;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Resubmission resubmission;

    @BeforeEach
    void keepEveryPublication() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        jdbc.sql("create table if not exists stored_publications as select * from event_publication with no data").update();
        jdbc.sql("""
                create or replace function keep_publication() returns trigger language plpgsql as $$
                begin insert into stored_publications select (new).*; return new; end $$""").update();
        jdbc.sql("drop trigger if exists keep_publication on event_publication").update();
        jdbc.sql("create trigger keep_publication after insert on event_publication for each row"
                + " execute function keep_publication()").update();
    }

    @Test
    void aFanOutCutShortBeforeItCommittedIsDeliveredLaterToEveryBoxOnce() {
        UUID message = sendToTheParentsOf6A();
        List<UUID> parents = parentsOf6A();
        awaitDeliveredAndNotified(message, parents);

        // the crash: neither the boxes nor the notices were committed, the publication stayed
        jdbc.sql("delete from messaging.entries where message_id = :m and not own").param("m", message).update();
        jdbc.sql("delete from timeline.entries where source_key like :k").param("k", "%" + message).update();
        putBackIncomplete(message);

        resubmission.resubmit();

        awaitDeliveredAndNotified(message, parents);
        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(message) == 0);
        assertEveryoneOnce(message, parents);
    }

    @Test
    void aFanOutThatCommittedButWasNotMarkedDoneAddsNothingWhenReplayed() {
        UUID message = sendToTheParentsOf6A();
        List<UUID> parents = parentsOf6A();
        awaitDeliveredAndNotified(message, parents);
        UUID reader = parents.getFirst();
        jdbc.sql("update messaging.entries set unread = false where message_id = :m and person_id = :p")
                .param("m", message).param("p", reader).update();

        putBackIncomplete(message);
        resubmission.resubmit();

        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(message) == 0);
        assertEveryoneOnce(message, parents);
        assertThat(jdbc.sql("select unread from messaging.entries where message_id = :m and person_id = :p")
                .param("m", message).param("p", reader).query(Boolean.class).single())
                .as("what a parent did with the message stays").isFalse();
    }

    private UUID sendToTheParentsOf6A() {
        UUID paul = personOf("paul.martin");
        var sender = new PreauUser(new PersonId(paul), "paul.martin",
                directory.card(new PersonId(paul)).orElseThrow().displayName(), directory.roles(new PersonId(paul)), true,
                null);
        UUID sixA = jdbc.sql("select id from directory.classes where name = '6A'").query(UUID.class).single();
        var compose = new Compose(List.of("class:" + sixA + ":RELATIVE"), List.of(), List.of(), "Sortie au musée",
                "<p>Départ à 8 h.</p>", true, null, null);
        return messaging.send(sender, compose).id();
    }

    /** The publication of the message's delivery, as the send stored it, back in the registry incomplete and old. */
    private void putBackIncomplete(UUID message) {
        int back = jdbc.sql("""
                insert into event_publication select * from stored_publications
                where event_type like '%DeliveryRequested' and serialized_event like :m""")
                .param("m", "%" + message + "%").update();
        assertThat(back).as("the delivery's publication, as stored").isEqualTo(1);
        jdbc.sql("""
                update event_publication set publication_date = timestamptz '2000-01-01 00:00Z', completion_date = null
                where serialized_event like :m""").param("m", "%" + message + "%").update();
    }

    private int incomplete(UUID message) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like :m")
                .param("m", "%" + message + "%").query(Integer.class).single();
    }

    private void awaitDeliveredAndNotified(UUID message, List<UUID> parents) {
        await().atMost(Duration.ofSeconds(20)).until(() -> boxes(message).size() == parents.size()
                && notified(message).size() == parents.size());
    }

    private void assertEveryoneOnce(UUID message, List<UUID> parents) {
        assertThat(boxes(message)).containsExactlyInAnyOrderElementsOf(parents);
        assertThat(notified(message)).containsExactlyInAnyOrderElementsOf(parents);
    }

    private List<UUID> boxes(UUID message) {
        return jdbc.sql("select person_id from messaging.entries where message_id = :m and not own").param("m", message)
                .query(UUID.class).list();
    }

    private List<UUID> notified(UUID message) {
        return jdbc.sql("select person_id from timeline.entries where source_key like :k").param("k", "%" + message)
                .query(UUID.class).list();
    }

    private List<UUID> parentsOf6A() {
        return jdbc.sql("""
                select distinct f.relative_id from directory.class_members m
                join directory.classes c on c.id = m.class_id
                join directory.family_links f on f.child_id = m.person_id
                join directory.persons p on p.id = f.relative_id
                where c.name = '6A' and f.legal_guardian and p.state = 'ACTIVE'""").query(UUID.class).list();
    }

    private UUID personOf(String login) {
        return jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single();
    }
}
