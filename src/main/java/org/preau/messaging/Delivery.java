package org.preau.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Kind;
import org.preau.messaging.MessageViews.State;
import org.preau.platform.PersonId;
import org.preau.platform.notification.NoticeRequested;
import org.preau.platform.notification.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fan-out off the request thread: puts a sent message in every recipient's inbox in one
 * statement, then tells the other modules ({@link MessageSent}). Idempotent: a replayed
 * delivery adds nothing twice, and a message recalled meanwhile is not delivered (the message
 * row is locked against a concurrent recall).
 */
@Component
class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final MessageRepository messages;
    private final BoxRepository boxes;
    private final ApplicationEventPublisher events;
    private final Directory directory;

    Delivery(MessageRepository messages, BoxRepository boxes, ApplicationEventPublisher events, Directory directory) {
        this.messages = messages;
        this.boxes = boxes;
        this.events = events;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void deliver(DeliveryRequested event) {
        var message = messages.lockForDelivery(event.messageId()).orElse(null);
        if (message == null || message.state() != State.SENT || message.sentAt() == null) {
            log.info("Message {} not delivered: {}", event.messageId(), message == null ? "gone" : message.state());
            return;
        }
        List<String> persons = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        add(persons, kinds, event.to(), Kind.TO);
        add(persons, kinds, event.cc(), Kind.CC);
        add(persons, kinds, event.bcc(), Kind.BCC);
        int delivered = boxes.deliver(message.id(), persons.toArray(String[]::new), kinds.toArray(String[]::new),
                message.sentAt());
        log.info("Message {} delivered to {} boxes ({} addressed)", message.id(), delivered, persons.size());
        if (message.senderId() != null) {
            List<PersonId> recipients = new ArrayList<>();
            for (List<UUID> ids : List.of(event.to(), event.cc(), event.bcc())) {
                ids.forEach(id -> recipients.add(new PersonId(id)));
            }
            var sent = new MessageSent(message.id(), new PersonId(message.senderId()), recipients, message.subject());
            events.publishEvent(sent);
            events.publishEvent(notice(sent));
        }
    }

    /** Each recipient is told who wrote and about what (never the body); keyed on the message. */
    NoticeRequested notice(MessageSent sent) {
        String sender = directory.displayNames(List.of(sent.sender())).getOrDefault(sent.sender(), "");
        return new NoticeRequested(MessagingApplications.MESSAGE_NOTICE, Recipients.people(sent.recipients()),
                List.of(sender, sent.subject()), "/messages/" + sent.messageId(), null, resource(sent.messageId()));
    }

    /** The key of a message's notices, which its recall withdraws. */
    static String resource(UUID message) {
        return MessagingApplications.MESSAGE_NOTICE + ":" + message;
    }

    private static void add(List<String> persons, List<String> kinds, List<UUID> ids, Kind kind) {
        for (UUID id : ids) {
            persons.add(id.toString());
            kinds.add(kind.name());
        }
    }
}
