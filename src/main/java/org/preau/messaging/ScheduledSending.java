package org.preau.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.messaging.MessageRepository.Row;
import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.MessageViews.State;
import org.preau.messaging.RecipientRules.Decision;
import org.preau.messaging.RecipientRules.RecipientRef;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends scheduled messages when their time comes. Every node runs it; {@code FOR UPDATE SKIP
 * LOCKED} gives each message to one of them. The recipients are checked again with the
 * sender's rights of the moment: those no longer reachable are left out, and a message that
 * reaches nobody (or whose sender left) goes back to the drafts.
 */
@Component
class ScheduledSending {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSending.class);

    private final MessageRepository messages;
    private final BoxRepository boxes;
    private final RecipientRules rules;
    private final Sending sending;
    private final Directory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScheduledSending(MessageRepository messages, BoxRepository boxes, RecipientRules rules, Sending sending,
            Directory directory, TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.boxes = boxes;
        this.rules = rules;
        this.sending = sending;
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** How often scheduled messages due are looked for: {@code preau.messaging.schedule-poll}, default 30 s. */
    @Scheduled(fixedDelayString = "${preau.messaging.schedule-poll:PT30S}", initialDelayString = "PT10S")
    void sendDue() {
        Integer handled;
        do {
            handled = transaction.execute(status -> batch());
        } while (handled != null && handled > 0);
    }

    private int batch() {
        Instant now = clock.instant();
        List<UUID> due = messages.lockDue(now, 20);
        for (UUID id : due) {
            Row row = messages.find(id).orElseThrow();
            if (row.senderId() == null || !directory.isActive(new PersonId(row.senderId()))) {
                backToDrafts(row, now);
                continue;
            }
            PreauUser sender = new PreauUser(new PersonId(row.senderId()), "", row.senderName() == null ? ""
                    : row.senderName(), directory.roles(new PersonId(row.senderId())), true, null);
            List<RecipientRef> refs = messages.recipients(id).stream()
                    .map(r -> new RecipientRef(r.kind(), r.id())).toList();
            Decision decision = rules.check(sender, refs);
            if (decision.persons().isEmpty()) {
                backToDrafts(row, now);
                continue;
            }
            sending.dispatch(id, row.senderId(), new Decision(decision.addressed(), decision.persons(), List.of()), now);
            log.info("Scheduled message {} sent to {} people ({} recipients left out)", id, decision.persons().size(),
                    decision.refused().size());
        }
        return due.size();
    }

    private void backToDrafts(Row row, Instant now) {
        messages.updateContent(row.id(), row.subject(), row.body(), row.bodyText(), State.DRAFT, null, now);
        if (row.senderId() != null) {
            boxes.putOwn(row.senderId(), row.id(), Folder.DRAFTS, now);
        }
        log.info("Scheduled message {} not sent: back to the drafts", row.id());
    }
}
