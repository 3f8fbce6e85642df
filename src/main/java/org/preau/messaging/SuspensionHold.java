package org.preau.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.preau.directory.PersonSuspended;
import org.preau.messaging.MessageViews.Folder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A suspended person's scheduled messages are held: back among their drafts, never sent by the
 * scheduler (a compromised account's queue must not go out later). Reinstated, they send them
 * again themselves if they still mean to.
 */
@Component
class SuspensionHold {

    private static final Logger log = LoggerFactory.getLogger(SuspensionHold.class);

    private final MessageRepository messages;
    private final BoxRepository boxes;
    private final Clock clock;

    SuspensionHold(MessageRepository messages, BoxRepository boxes, Clock clock) {
        this.messages = messages;
        this.boxes = boxes;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PersonSuspended event) {
        Instant now = clock.instant();
        UUID sender = event.person().value();
        List<UUID> held = messages.holdScheduled(sender, now);
        held.forEach(id -> boxes.putOwn(sender, id, Folder.DRAFTS, now));
        if (!held.isEmpty()) {
            log.info("Held {} scheduled message(s) of suspended person {}", held.size(), event.person());
        }
    }
}
