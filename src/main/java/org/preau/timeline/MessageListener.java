package org.preau.timeline;

import java.util.List;

import org.preau.directory.Directory;
import org.preau.messaging.MessageSent;
import org.preau.timeline.Notifications.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A message reached its recipients' boxes: each is told who wrote and about what (never the body). */
@Component
class MessageListener {

    static final String TYPE = "messaging.message";

    private final Notifications notifications;
    private final Directory directory;

    MessageListener(Notifications notifications, Directory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(MessageSent event) {
        notifications.notify(notice(event));
    }

    /** Who is told and what; keyed on the message, so a replayed event tells nobody twice. */
    Notice notice(MessageSent event) {
        String sender = directory.displayNames(List.of(event.sender())).getOrDefault(event.sender(), "");
        return new Notice(TYPE, event.recipients(), List.of(sender, event.subject()), "/messages/" + event.messageId(),
                null, TYPE + ":" + event.messageId());
    }
}
