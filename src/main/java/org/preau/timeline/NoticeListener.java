package org.preau.timeline;

import java.util.ArrayList;
import java.util.List;

import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.notification.NoticeRequested;
import org.preau.platform.notification.NoticesWithdrawn;
import org.preau.timeline.Notifications.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The timeline's one door for every application: a {@link NoticeRequested} becomes entries of its
 * recipients' feeds and mails, a {@link NoticesWithdrawn} takes them back. Knows no application.
 */
@Component
class NoticeListener {

    private final Notifications notifications;
    private final Directory directory;

    NoticeListener(Notifications notifications, Directory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(NoticeRequested event) {
        notifications.notify(notice(event));
    }

    @ApplicationModuleListener
    void on(NoticesWithdrawn event) {
        notifications.withdraw(event.resource());
    }

    /** The notice with its recipients resolved: the people named, and the legal guardians asked for. */
    Notice notice(NoticeRequested event) {
        List<PersonId> recipients = new ArrayList<>(event.recipients().people());
        recipients.addAll(directory.relativesOf(event.recipients().guardiansOf()));
        return new Notice(event.type(), recipients, event.args(), event.link(), event.structure(), event.resource());
    }
}
