package org.preau.diary;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.preau.platform.notification.NoticeRequested;
import org.preau.platform.notification.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes {@link HomeworkPublished} once for homework that became visible (was given), whatever
 * its due date, with the notice that tells its pupils and their parents ({@link NoticeRequested}):
 * right away when a teacher publishes it, and every minute for homework planned ahead (the
 * timeline holds the mails of people in quiet hours). The claim is one {@code UPDATE … RETURNING}, so that two nodes never
 * tell twice.
 */
@Component
class HomeworkNotifier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HomeworkRepository homework;
    private final Books books;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HomeworkNotifier(HomeworkRepository homework, Books books, ApplicationEventPublisher events,
            Clock clock) {
        this.homework = homework;
        this.books = books;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${preau.diary.notify-interval:PT1M}", initialDelayString = "PT30S")
    @Transactional
    public void publishDue() {
        for (var due : homework.claimNotifications(clock.instant(), Times.today(clock))) {
            var structure = books.book(due.classId()).map(b -> b.structure().id()).orElse(null);
            var published = new HomeworkPublished(due.id(), due.classId(), due.subject(), due.due(),
                    books.pupils(due.classId()), structure);
            events.publishEvent(published);
            events.publishEvent(notice(published));
        }
    }

    /** Who is told and what: the pupils and their parents, the subject and the due day. */
    static NoticeRequested notice(HomeworkPublished homework) {
        String type = DiaryApplications.HOMEWORK_NOTICE;
        return new NoticeRequested(type, Recipients.peopleAndTheirGuardians(homework.pupils()),
                List.of(homework.subject(), DAY.format(homework.due())), "/diary/homework/" + homework.homeworkId(),
                homework.structure(), type + ":" + homework.homeworkId());
    }
}
