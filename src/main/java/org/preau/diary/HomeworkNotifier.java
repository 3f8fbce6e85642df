package org.preau.diary;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes {@link HomeworkPublished} once for homework that became visible (was given), whatever
 * its due date: right away when a teacher publishes it, and every minute for homework planned
 * ahead (the timeline holds the mails of people in quiet hours). The claim is one {@code UPDATE … RETURNING}, so that two nodes never
 * tell twice.
 */
@Component
class HomeworkNotifier {

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
            events.publishEvent(new HomeworkPublished(due.id(), due.classId(), due.subject(), due.due(),
                    books.pupils(due.classId()), structure));
        }
    }
}
