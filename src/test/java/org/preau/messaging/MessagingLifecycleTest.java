package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Compose;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** People deleted or merged in the directory: their boxes go or join the kept record's. */
@PreauSpringTest
class MessagingLifecycleTest {

    @Autowired
    Sending sending;
    @Autowired
    Mailbox mailbox;
    @Autowired
    Folders folders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    PlatformTransactionManager txManager;
    @Autowired
    ApplicationEventPublisher publisher;

    MessagingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new MessagingFixtures(jdbc, directory);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.FRENCH);
    }

    private UUID send(String login, Compose compose) {
        return sending.send(fx.user(login), null, compose, true).id();
    }

    @Test
    void aDeletedSenderBecomesAFormerUserAndLeavesNoBox() {
        var lucas = fx.pupilOf("5A");
        UUID id = sending.send(lucas, null, Compose.html(List.of(fx.id("paul.martin").toString()), "Bonjour", "<p>x</p>"),
                true).id();
        fx.awaitDelivered(id, 1);
        sending.saveDraft(lucas, null, Compose.html(List.of(), "brouillon", "x"));
        // a message of theirs held for review (SendWatch) is never delivered once they are deleted
        UUID held = sending.saveDraft(lucas, null, Compose.html(List.of(fx.id("paul.martin").toString()), "retenu", "x"));
        jdbc.sql("update messaging.messages set state = 'HELD', sent_at = updated_at where id = :id").param("id", held)
                .update();
        new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(s ->
                publisher.publishEvent(new org.preau.directory.PersonsDeleted(List.of(lucas.personId()))));
        org.awaitility.Awaitility.await().until(() -> jdbc.sql("select count(*) from messaging.entries where person_id = :p")
                .param("p", lucas.personId().value()).query(Long.class).single() == 0);
        var seen = mailbox.detail(fx.user("paul.martin"), id).orElseThrow();
        assertThat(seen.from()).isEqualTo(new MessageViews.Person(null, null));
        assertThat(jdbc.sql("select count(*) from messaging.messages where subject = 'brouillon'").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select state from messaging.messages where id = :id").param("id", held)
                .query(String.class).single()).isEqualTo("DISCARDED");
    }

    @Test
    void mergedRecordsShareOneBox() {
        var removed = fx.pupilOf("3B");
        var kept = fx.user("emma.durand");
        UUID id = send("paul.martin", Compose.html(List.of(removed.personId().toString()), "Avant fusion", "<p>x</p>"));
        fx.awaitDelivered(id, 1);
        folders.create(removed, null, "Maths");
        folders.create(kept, null, "maths");
        new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(s ->
                publisher.publishEvent(new org.preau.directory.PersonsMerged(kept.personId(), removed.personId())));
        org.awaitility.Awaitility.await().until(() -> mailbox.detail(kept, id).isPresent());
        org.awaitility.Awaitility.await().until(() -> folders.folders(kept).size() == 2);
        assertThat(folders.folders(kept)).extracting(MessageViews.FolderLine::name)
                .containsExactlyInAnyOrder("maths", "Maths (2)");
        assertThat(mailbox.detail(removed, id)).isEmpty();
    }
}
