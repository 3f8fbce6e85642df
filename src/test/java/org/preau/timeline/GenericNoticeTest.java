package org.preau.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.ContactDetails;
import org.preau.directory.Directory;
import org.preau.identity.VerifiedEmails;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.notification.NoticeRequested;
import org.preau.platform.notification.NoticesWithdrawn;
import org.preau.platform.notification.Recipients;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.preau.support.TestMailServer;
import org.preau.testapp.TestApp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plug point of every application: a made-up application declares a notification type and
 * publishes {@link NoticeRequested} and {@link NoticesWithdrawn}; the timeline, which knows no
 * application, tells the people and their guardians once, holds the mails in quiet hours, and
 * forgets everything about a withdrawn resource, even a notice that arrives after the withdrawal.
 */
@PreauSpringTest
@Import({ MovableClock.Config.class, TestApp.class })
class GenericNoticeTest {

    static final String TYPE = TestApp.BELL;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Notifications notifications;
    @Autowired
    NoticeListener listener;
    @Autowired
    MailDelivery delivery;
    @Autowired
    Directory directory;
    @Autowired
    VerifiedEmails emails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from timeline.entries").update();
        jdbc.sql("delete from timeline.withdrawn_resources").update();
    }

    private PersonId person(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private int entries(String resource) {
        return jdbc.sql("select count(*) from timeline.entries where source_key = :k").param("k", resource)
                .query(Integer.class).single();
    }

    /** Whether the person sees a notice about the resource in their feed now. */
    private int told(PersonId person, String resource) {
        return jdbc.sql("""
                select count(*) from timeline.entries
                 where person_id = :p and source_key = :k and visible_at <= :now and hidden_at is null""")
                .param("p", person.value()).param("k", resource).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Integer.class).single();
    }

    /** The person's feed entries of the test type, as shown to them (other notices may arrive meanwhile). */
    private List<Notifications.Item> bells(PersonId person) {
        return notifications.feed(person, Locale.FRENCH, null, 200).items().stream()
                .filter(item -> item.type().equals(TYPE)).toList();
    }

    private int mailed(String resource) {
        return jdbc.sql("select count(*) from timeline.entries where source_key = :k and mailed_at is not null")
                .param("k", resource).query(Integer.class).single();
    }

    private static NoticeRequested bell(String resource, Recipients recipients) {
        return new NoticeRequested(TYPE, recipients, List.of("de midi"), "/test-app/bells", null, resource);
    }

    /** Monday 30 November 2026 in Paris. */
    private void at(int hour, int plusDays) {
        clock.set(LocalDateTime.of(LocalDate.of(2026, 11, 30).plusDays(plusDays), java.time.LocalTime.of(hour, 0))
                .atZone(PeopleTime.ZONE).toInstant());
    }

    @Test
    void aNoticeReachesThePeopleAndTheirGuardiansOnceAndAWithdrawalForgetsItForGood() {
        at(10, 0);
        PersonId lucas = person("lucas.durand");
        PersonId sophie = person("sophie.durand");
        PersonId paul = person("paul.martin");
        String resource = "test-app.bell:" + UUID.randomUUID();

        publish(bell(resource, Recipients.peopleAndTheirGuardians(List.of(lucas))));
        await().until(() -> told(sophie, resource) == 1);
        assertThat(told(lucas, resource)).isOne();
        assertThat(told(paul, resource)).isZero();
        assertThat(bells(sophie)).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("La cloche de midi a sonné");
            assertThat(item.link()).isEqualTo("/test-app/bells");
        });

        // replayed (after a crash): nobody is told twice
        var replay = bell(resource, Recipients.peopleAndTheirGuardians(List.of(lucas)));
        assertThat(notifications.notify(listener.notice(replay))).isZero();
        assertThat(directory.relativesOf(List.of(lucas))).contains(sophie);
        assertThat(entries(resource)).as("Lucas and each of his parents, once")
                .isEqualTo(1 + directory.relativesOf(List.of(lucas)).size());

        publish(new NoticesWithdrawn(resource));
        await().until(() -> entries(resource) == 0);
        assertThat(bells(sophie)).isEmpty();
        assertThat(bells(lucas)).isEmpty();

        // a notice handled after the withdrawal of its resource (events cross) writes nothing
        assertThat(notifications.notify(listener.notice(bell(resource, Recipients.people(List.of(lucas, paul))))))
                .isZero();
        assertThat(entries(resource)).isZero();
        assertThat(bells(paul)).isEmpty();
    }

    @Test
    void aNoticeInQuietHoursWaitsForTheMorningToBeMailed() {
        PersonId sophie = person("sophie.durand");
        directory.updateContact(sophie, new ContactDetails("sophie.bell@example.org", null));
        emails.verified(sophie, "sophie.bell@example.org");
        TestMailServer.clear();
        String resource = "test-app.bell:" + UUID.randomUUID();

        at(21, 0); // Monday 21:00: the default quiet hours (20:00–07:00)
        publish(bell(resource, Recipients.people(List.of(sophie))));
        await().until(() -> entries(resource) == 1);
        assertThat(bells(sophie)).as("in the feed at once").hasSize(1);
        delivery.deliver();
        assertThat(mailed(resource)).as("no mail in quiet hours").isZero();
        at(7, 1);
        delivery.deliver(); // (or the job that runs every minute, whichever comes first)
        await().until(() -> mailed(resource) == 1);
        await().untilAsserted(() -> assertThat(TestMailServer.mailsTo("sophie.bell@example.org").stream()
                .map(TestMailServer::body).filter(b -> b.contains("La cloche de midi a sonné"))).hasSize(1));
    }
}
