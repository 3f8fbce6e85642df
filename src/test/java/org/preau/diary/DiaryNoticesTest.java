package org.preau.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.preau.platform.notification.NoticeRequested;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Homework planned, given and published: who sees it when, and the notices the diary asks for. */
@PreauSpringTest
@RecordApplicationEvents
@Import(MovableClock.Config.class)
class DiaryNoticesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Diary diary;
    @Autowired
    DiaryBook book;
    @Autowired
    Directory directory;
    @Autowired
    MovableClock clock;
    @Autowired
    HomeworkNotifier notifier;

    private DiaryScenario scenario() {
        return new DiaryScenario(jdbc, directory, clock, book);
    }

    private PreauUser user(String login) {
        return scenario().user(login);
    }

    private LocalDate today() {
        return scenario().today();
    }

    private ClassId classId(String name) {
        return scenario().classId(name);
    }

    private HomeworkDraft homework(String className, LocalDate due, String title) {
        return scenario().homework(className, due, title);
    }

    private List<String> pupilTitles(PreauUser pupil) {
        return scenario().pupilTitles(pupil);
    }

    @Test
    void plannedHomeworkIsInvisibleToPupilsUntilItsTimeAndThenNotifiesThem(ApplicationEvents events) {
        var paul = user("paul.martin");
        var lucas = user("lucas.durand");
        var planned = new HomeworkDraft(classId("6A"), "Mathématiques", today().plusDays(1), "Planifié", "", null,
                false, List.of(), clock.instant().plus(Duration.ofHours(3)));
        UUID id = diary.createHomework(paul, planned);
        assertThat(pupilTitles(lucas)).doesNotContain("Planifié");
        assertThat(book.homework(lucas, id)).isEmpty();
        assertThat(book.homework(paul, id)).isPresent();
        assertThat(events.stream(HomeworkPublished.class).filter(e -> e.homeworkId().equals(id))).isEmpty();

        clock.advance(Duration.ofHours(4));
        notifier.publishDue();
        assertThat(pupilTitles(lucas)).contains("Planifié");
        assertThat(events.stream(HomeworkPublished.class).filter(e -> e.homeworkId().equals(id)).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.pupils()).contains(lucas.personId()).hasSize(25);
                    assertThat(e.subject()).isEqualTo("Mathématiques");
                });
        notifier.publishDue();
        assertThat(events.stream(HomeworkPublished.class).filter(e -> e.homeworkId().equals(id))).hasSize(1);
        clock.advance(Duration.ofHours(-4));
    }

    @Test
    void givenHomeworkAsksThePlatformToTellItsPupilsAndTheirParents(ApplicationEvents events) {
        var paul = user("paul.martin");
        var lucas = user("lucas.durand");
        LocalDate due = today().plusDays(1);
        UUID id = diary.createHomework(paul, homework("6A", due, "Exercice 4"));
        assertThat(events.stream(NoticeRequested.class).filter(n -> n.resource().equals("diary.homework:" + id)).toList())
                .singleElement().satisfies(n -> {
                    assertThat(n.type()).isEqualTo("diary.homework");
                    assertThat(n.recipients().people()).contains(lucas.personId()).hasSize(25);
                    assertThat(n.recipients().guardiansOf()).isEqualTo(n.recipients().people());
                    assertThat(n.args()).containsExactly("Mathématiques",
                            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(due));
                    assertThat(n.link()).isEqualTo("/diary/homework/" + id);
                    assertThat(n.structure()).isNotNull();
                });
    }

    @Test
    void everyHomeworkNotifiesOnceWhenGivenAndShowsFromThenOnByDueDate(ApplicationEvents events) {
        var paul = user("paul.martin");
        UUID soon = diary.createHomework(paul, homework("5A", today().plusDays(1), "Pour demain"));
        UUID later = diary.createHomework(paul, homework("6A", today().plusDays(40), "Pour dans quarante jours"));
        assertThat(events.stream(HomeworkPublished.class).map(HomeworkPublished::homeworkId))
                .contains(soon, later);
        diary.updateHomework(paul, later, homework("6A", today().plusDays(41), "Pour dans quarante jours"), List.of());
        notifier.publishDue();
        assertThat(events.stream(HomeworkPublished.class).filter(e -> e.homeworkId().equals(later))).as("once")
                .hasSize(1);
        var lucas = user("lucas.durand");
        var list = book.pupilHomework(lucas, null, today(), today().plusDays(DiaryController.LIST_DAYS), 0, 500)
                .orElseThrow().homework();
        assertThat(list).extracting(h -> h.title()).contains("Pour dans quarante jours");
        assertThat(list).extracting(h -> h.due()).isSorted();
    }
}
