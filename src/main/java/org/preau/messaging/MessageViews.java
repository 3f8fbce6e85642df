package org.preau.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;

/** Read models and commands of messaging. */
public final class MessageViews {

    private MessageViews() {
    }

    /** The boxes everyone has; personal folders come in addition. */
    public enum Folder {
        INBOX, SENT, DRAFTS, TRASH
    }

    public enum State {
        DRAFT, SCHEDULED, SENT, RECALLED,
        /** Above the hard threshold of sends: stored, not delivered, pending a moderator's review. */
        HELD,
        /** A held message a moderator discarded: never delivered, kept as evidence. */
        DISCARDED
    }

    public enum Kind {
        TO, CC, BCC
    }

    /**
     * What a person writes: recipients are ids of people, classes or groups as the annuaire gives
     * them; {@code html} says whether the body is HTML (sanitized) or plain text (escaped);
     * {@code sendAt} schedules the message; {@code parent} is the message replied to or forwarded.
     */
    public record Compose(List<String> to, List<String> cc, List<String> bcc, String subject, String body,
            boolean html, @Nullable Instant sendAt, @Nullable UUID parent) {

        public Compose {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
            bcc = List.copyOf(bcc);
        }

        public static Compose html(List<String> to, String subject, String body) {
            return new Compose(to, List.of(), List.of(), subject, body, true, null, null);
        }
    }

    /** A sender or a reader; {@code displayName} null for a former user (deleted from the directory). */
    public record Person(@Nullable PersonId id, @Nullable String displayName) {
    }

    /** A line of a box. */
    public record Summary(UUID id, String subject, Person from, Instant date, boolean unread, State state,
            @Nullable Instant sendAt, boolean attachments, String preview, String recipients) {
    }

    /** A page of a box; {@code next} is the cursor of the following page. */
    public record Page(List<Summary> items, @Nullable String next) {
    }

    /** A recipient as the sender addressed it: a person, a class or a group; label null for a former user. */
    public record Recipient(String id, Kind kind, @Nullable String label) {
    }

    public record Attachment(UUID id, String name, String contentType, long size) {
    }

    /**
     * A message as one person reads it. {@code bcc} is shown to its sender only; {@code readBy}
     * is who had read it when it was recalled (for its sender).
     */
    public record Detail(UUID id, UUID threadId, String subject, Person from, Instant date, State state,
            @Nullable Instant sendAt, @Nullable Instant recalledAt, List<Recipient> to, List<Recipient> cc,
            List<Recipient> bcc, String body, List<Attachment> attachments, boolean own, boolean trashed,
            List<Person> readBy, int recipientCount) {

        /** Plain recipients first: what the page shows in "To". */
        public boolean scheduled() {
            return state == State.SCHEDULED;
        }
    }

    /** The result of a send: a message sent now or scheduled. */
    public record Sent(UUID id, State state, int recipients) {
    }

    /** A personal folder with its place in the tree (depth 1 to 3). */
    public record FolderLine(UUID id, @Nullable UUID parent, String name, int depth, long unread) {
    }

    /** Unread counts of the system boxes and the personal folders of a person. */
    public record Counts(long inbox, long drafts, List<FolderLine> folders) {
    }
}
