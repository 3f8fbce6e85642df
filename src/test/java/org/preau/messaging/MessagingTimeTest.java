package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.BoxRepository.Box;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.MessageViews.State;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.platform.PeopleTime;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What time changes: recall within the hour, scheduled sending, retention of the trash and of old messages. */
@PreauSpringTest
@Import(MovableClock.Config.class)
class MessagingTimeTest {

    @Autowired
    Sending sending;
    @Autowired
    Mailbox mailbox;
    @Autowired
    ScheduledSending scheduled;
    @Autowired
    MessagingHousekeeping housekeeping;
    @Autowired
    MessagingSettings settings;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;

    MessagingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new MessagingFixtures(jdbc, directory);
        LocaleContextHolder.setLocale(Locale.FRENCH);
    }

    private static java.time.Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PeopleTime.ZONE).toInstant();
    }

    @Test
    void aRecallWithinTheHourEmptiesTheBoxesAndSaysWhoHadRead() {
        var paul = fx.user("paul.martin");
        var lucas = fx.user("lucas.durand");
        var sent = sending.send(paul, null, Compose.html(List.of(fx.group("6A", "RELATIVE"),
                lucas.personId().toString()), "Erreur de date", "<p>x</p>"), true);
        fx.awaitDelivered(sent.id(), sent.recipients());
        assertThat(mailbox.read(lucas, sent.id())).isPresent();
        clock.advance(Duration.ofMinutes(59));

        var readers = sending.recall(paul, sent.id());

        assertThat(readers).containsExactly(lucas.personId());
        assertThat(fx.delivered(sent.id())).isZero();
        assertThat(mailbox.read(fx.user("sophie.durand"), sent.id())).isEmpty();
        var own = mailbox.detail(paul, sent.id()).orElseThrow();
        assertThat(own.state()).isEqualTo(State.RECALLED);
        assertThat(own.readBy()).extracting(MessageViews.Person::displayName).containsExactly("Lucas Durand");
        assertThat(sending.recall(paul, sent.id())).as("recalling again answers the same").containsExactly(lucas.personId());
        assertThatThrownBy(() -> sending.recall(lucas, sent.id()))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void afterSixtyMinutesARecallIsRefused() {
        var paul = fx.user("paul.martin");
        var sent = sending.send(paul, null, Compose.html(List.of(fx.id("lucas.durand").toString()), "Trop tard",
                "<p>x</p>"), true);
        fx.awaitDelivered(sent.id(), 1);
        clock.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> sending.recall(paul, sent.id()))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> {
                    assertThat(p.reason()).isEqualTo(Reason.RECALL_TOO_LATE);
                    assertThat(p.reason().status()).isEqualTo(409);
                });
        assertThat(fx.delivered(sent.id())).isEqualTo(1);
    }

    @Test
    void aMessageWrittenOnSundayEveningGoesOnMondayAtEightAndCanBeChangedUntilThen() {
        clock.set(paris("2026-11-29T20:30"));
        var paul = fx.user("paul.martin");
        String lucas = fx.id("lucas.durand").toString();
        var monday = paris("2026-11-30T08:00");
        var sent = sending.send(paul, null, new Compose(List.of(lucas), List.of(), List.of(), "Semaine",
                "<p>Bonne semaine</p>", true, monday, null), true);
        assertThat(sent.state()).isEqualTo(State.SCHEDULED);
        // the demo territory was seeded at the real time, after the moved clock: find the message by id
        assertThat(mailbox.list(paul, new Box(Folder.SENT, null), null, 100).items())
                .filteredOn(s -> s.id().equals(sent.id())).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(State.SCHEDULED));

        sending.saveDraft(paul, sent.id(), new Compose(List.of(lucas), List.of(), List.of(), "Bonne semaine",
                "<p>Changé</p>", true, null, null));
        clock.set(paris("2026-11-30T07:59"));
        scheduled.sendDue();
        assertThat(fx.delivered(sent.id())).as("not before its time").isZero();

        clock.set(paris("2026-11-30T08:00:30"));
        scheduled.sendDue();
        fx.awaitDelivered(sent.id(), 1);
        var read = mailbox.read(fx.user("lucas.durand"), sent.id()).orElseThrow();
        assertThat(read.subject()).isEqualTo("Bonne semaine");
        assertThat(read.body()).contains("Changé");
        assertThat(read.date()).isEqualTo(paris("2026-11-30T08:00:30"));
        assertThatThrownBy(() -> sending.cancelSchedule(paul, sent.id()))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_EDITABLE));
    }

    @Test
    void aCancelledScheduleIsADraftAgainAndAPastTimeIsRefused() {
        var paul = fx.user("paul.martin");
        String lucas = fx.id("lucas.durand").toString();
        assertThatThrownBy(() -> sending.send(paul, null, new Compose(List.of(lucas), List.of(), List.of(), "x", "x",
                true, clock.instant().minusSeconds(60), null), true))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.SCHEDULE_IN_PAST));
        var sent = sending.send(paul, null, new Compose(List.of(lucas), List.of(), List.of(), "Annulé", "x", true,
                clock.instant().plus(Duration.ofHours(2)), null), true);
        sending.cancelSchedule(paul, sent.id());
        clock.advance(Duration.ofHours(3));
        scheduled.sendDue();
        assertThat(fx.delivered(sent.id())).isZero();
        assertThat(mailbox.detail(paul, sent.id()).orElseThrow().state()).isEqualTo(State.DRAFT);
        assertThat(mailbox.list(paul, new Box(Folder.DRAFTS, null), null, 100).items())
                .extracting(MessageViews.Summary::id).contains(sent.id());
    }

    @Test
    void theTrashIsPurgedAfterThirtyDaysAndOldMessagesAfterTheChosenMonths() {
        var lucas = fx.user("lucas.durand");
        var paul = fx.user("paul.martin");
        UUID trashed = sending.send(paul, null, Compose.html(List.of(lucas.personId().toString()), "Vieux", "x"), true).id();
        UUID kept = sending.send(paul, null, Compose.html(List.of(lucas.personId().toString()), "Gardé", "x"), true).id();
        fx.awaitDelivered(trashed, 1);
        fx.awaitDelivered(kept, 1);
        mailbox.trash(lucas, trashed);
        clock.advance(Duration.ofDays(29));
        housekeeping.purge();
        assertThat(mailbox.detail(lucas, trashed)).isPresent();
        clock.advance(Duration.ofDays(2));
        housekeeping.purge();
        assertThat(mailbox.detail(lucas, trashed)).isEmpty();
        assertThat(mailbox.detail(lucas, kept)).isPresent();

        settings.save(new MessagingSettings.Settings(20, 200, 30, 1), clock.instant());
        clock.advance(Duration.ofDays(40));
        housekeeping.purge();
        assertThat(mailbox.detail(lucas, kept)).isEmpty();
        assertThat(mailbox.detail(paul, kept)).isEmpty();
        assertThat(jdbc.sql("select count(*) from messaging.messages where id = :m").param("m", kept)
                .query(Long.class).single()).as("a message nobody holds is deleted").isZero();
    }
}
