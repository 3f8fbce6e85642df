package org.preau.timeline;

import java.util.List;

import org.preau.directory.Directory;
import org.preau.messaging.MessageRecalled;
import org.preau.messaging.MessageSent;
import org.preau.messaging.Messaging;
import org.preau.timeline.Notifications.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A message reached its recipients' boxes: each is told who wrote and about what (never the body).
 * A recalled message leaves no trace: its notifications are withdrawn from every feed, and a
 * notice arriving after the recall is not written.
 */
@Component
class MessageListener {

    static final String TYPE = "messaging.message";

    private final Notifications notifications;
    private final Directory directory;
    private final Messaging messaging;

    MessageListener(Notifications notifications, Directory directory, Messaging messaging) {
        this.notifications = notifications;
        this.messaging = messaging;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(MessageSent event) {
        if (!messaging.recalled(event.messageId())) {
            notifications.notify(notice(event));
        }
    }

    @ApplicationModuleListener
    void on(MessageRecalled event) {
        notifications.withdraw(TYPE, TYPE + ":" + event.messageId());
    }

    /** Who is told and what; keyed on the message, so a replayed event tells nobody twice. */
    Notice notice(MessageSent event) {
        String sender = directory.displayNames(List.of(event.sender())).getOrDefault(event.sender(), "");
        return new Notice(TYPE, event.recipients(), List.of(sender, event.subject()), "/messages/" + event.messageId(),
                null, TYPE + ":" + event.messageId());
    }
}
