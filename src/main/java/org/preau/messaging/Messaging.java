package org.preau.messaging;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.Detail;
import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.MessageViews.Page;
import org.preau.messaging.MessageViews.Sent;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Service;

/**
 * Messaging's facade for other modules (the demo seeder, the portal): send, read a box, read a
 * message, recall. Every call acts as {@code user} and checks what they may do; what they may
 * not see is reported as missing ({@link MessagingProblem.Reason#NOT_FOUND}).
 */
@Service
public class Messaging {

    private final Sending sending;
    private final Mailbox mailbox;

    Messaging(Sending sending, Mailbox mailbox) {
        this.sending = sending;
        this.mailbox = mailbox;
    }

    /**
     * Sends now, or at {@code compose.sendAt()}; recipients are delivered to off the request
     * thread. Throws {@link MessagingProblem} when recipients are refused (naming them).
     */
    public Sent send(PreauUser sender, Compose compose) {
        return sending.send(sender, null, compose, true);
    }

    /** A page of one of the person's boxes, newest first; {@code cursor} is the {@code next} of the previous page. */
    public Page box(PreauUser user, Folder folder, @Nullable String cursor, int limit) {
        return mailbox.list(user, new BoxRepository.Box(folder, null), cursor, limit);
    }

    /** A message of the person's boxes, marked read; empty when they do not hold it. */
    public Optional<Detail> read(PreauUser user, UUID id) {
        return mailbox.read(user, id);
    }

    /** Recalls a message sent less than an hour ago; returns who had read it. */
    public List<PersonId> recall(PreauUser sender, UUID id) {
        return sending.recall(sender, id);
    }

    /** Messages of the person's boxes whose subject, body or sender name hold every word (accents ignored), newest first. */
    public List<MessageViews.Summary> search(PreauUser user, String query, int limit) {
        return mailbox.search(user, query, limit);
    }

    /** How many unread messages wait in the person's inbox. */
    public long unread(PreauUser user) {
        return mailbox.counts(user).inbox();
    }
}
