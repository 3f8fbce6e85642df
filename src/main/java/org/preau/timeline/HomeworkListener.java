package org.preau.timeline;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.preau.diary.HomeworkPublished;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.timeline.Notifications.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Homework due soon was published: its pupils and their parents are told. */
@Component
class HomeworkListener {

    static final String TYPE = "diary.homework";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Notifications notifications;
    private final Directory directory;

    HomeworkListener(Notifications notifications, Directory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(HomeworkPublished event) {
        notifications.notify(notice(event));
    }

    /** Who is told and what: the pupils and their parents. */
    Notice notice(HomeworkPublished event) {
        List<PersonId> recipients = new ArrayList<>(event.pupils());
        recipients.addAll(directory.relativesOf(event.pupils()));
        return new Notice(TYPE, recipients, List.of(event.subject(), DAY.format(event.due())),
                "/diary/homework/" + event.homeworkId(), event.structure(), TYPE + ":" + event.homeworkId());
    }
}
