package org.preau.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Audiences;
import org.preau.messaging.BoxRepository.Box;
import org.preau.messaging.BoxRepository.Cursor;
import org.preau.messaging.MessageRepository.Row;
import org.preau.messaging.MessageViews.Counts;
import org.preau.messaging.MessageViews.Detail;
import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.MessageViews.FolderLine;
import org.preau.messaging.MessageViews.Kind;
import org.preau.messaging.MessageViews.Page;
import org.preau.messaging.MessageViews.Person;
import org.preau.messaging.MessageViews.Recipient;
import org.preau.messaging.MessageViews.State;
import org.preau.messaging.MessageViews.Summary;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person finds in their boxes, and what they do with it: read, move, trash, restore, search. */
@Service
@Transactional
class Mailbox {

    static final int MAX_PAGE = 200;
    static final int MAX_SEARCH_WORDS = 5;

    private final MessageRepository messages;
    private final BoxRepository boxes;
    private final FolderRepository folders;
    private final Audiences audiences;
    private final Clock clock;

    Mailbox(MessageRepository messages, BoxRepository boxes, FolderRepository folders, Audiences audiences,
            Clock clock) {
        this.messages = messages;
        this.boxes = boxes;
        this.folders = folders;
        this.audiences = audiences;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page list(PreauUser user, Box box, @Nullable String cursor, int limit) {
        UUID me = user.personId().value();
        if (box.folderId() != null && folders.depth(me, box.folderId()).isEmpty()) {
            throw MessagingProblem.notFound();
        }
        int size = Math.clamp(limit, 1, MAX_PAGE);
        List<Summary> lines = boxes.list(me, box, decode(cursor), size + 1);
        if (lines.size() <= size) {
            return new Page(lines, null);
        }
        Summary last = lines.get(size - 1);
        return new Page(lines.subList(0, size), encode(new Cursor(last.date(), last.id())));
    }

    @Transactional(readOnly = true)
    List<Summary> search(PreauUser user, String query, int limit) {
        List<String> words = new ArrayList<>();
        for (String word : query.strip().split("\\s+")) {
            if (word.length() >= 2 && words.size() < MAX_SEARCH_WORDS) {
                words.add(word.length() > 50 ? word.substring(0, 50) : word);
            }
        }
        return words.isEmpty() ? List.of() : boxes.search(user.personId().value(), words, Math.clamp(limit, 1, MAX_PAGE));
    }

    @Transactional(readOnly = true)
    Counts counts(PreauUser user) {
        UUID me = user.personId().value();
        Map<Object, Long> unread = new HashMap<>();
        for (Object[] row : boxes.unread(me)) {
            unread.put(row[1] != null ? row[1] : row[0], (Long) row[2]);
        }
        List<FolderLine> lines = folders.folders(me).stream()
                .map(f -> new FolderLine(f.id(), f.parent(), f.name(), f.depth(), unread.getOrDefault(f.id(), 0L)))
                .toList();
        return new Counts(unread.getOrDefault("INBOX", 0L), boxes.count(me, Folder.DRAFTS), lines);
    }

    /** The message as the person reads it (marked read); empty when they do not hold it. */
    Optional<Detail> read(PreauUser user, UUID id) {
        Optional<Detail> detail = detail(user, id);
        detail.filter(d -> !d.own()).ifPresent(d -> boxes.markRead(user.personId().value(), List.of(id), true,
                clock.instant()));
        return detail;
    }

    /** The messages of the thread of {@code id} the person holds, oldest first, all marked read. */
    List<Detail> thread(PreauUser user, UUID id) {
        UUID me = user.personId().value();
        Row row = messages.find(id).filter(r -> boxes.holds(me, id)).orElseThrow(MessagingProblem::notFound);
        List<UUID> ids = boxes.thread(me, row.threadId());
        if (!ids.contains(id)) {
            ids = List.of(id);
        }
        boxes.markRead(me, ids, true, clock.instant());
        return ids.stream().map(m -> detail(user, m)).flatMap(Optional::stream).toList();
    }

    @Transactional(readOnly = true)
    Optional<Detail> detail(PreauUser user, UUID id) {
        UUID me = user.personId().value();
        var entry = boxes.entry(me, id);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Row row = messages.find(id).orElseThrow();
        boolean own = entry.get().own();
        List<Recipient> all = messages.recipients(id);
        List<Recipient> bcc = own ? of(all, Kind.BCC) : List.of();
        List<Person> readBy = List.of();
        if (own && row.state() == State.RECALLED) {
            readBy = persons(boxes.readers(id));
        }
        return Optional.of(new Detail(id, row.threadId(), row.subject(),
                new Person(row.senderId() == null ? null : new PersonId(row.senderId()), row.senderName()),
                row.sentAt() != null ? row.sentAt() : row.updatedAt(), row.state(), row.sendAt(), row.recalledAt(),
                of(all, Kind.TO), of(all, Kind.CC), bcc, BodyHtml.sanitize(row.body()), messages.attachments(id), own,
                "TRASH".equals(entry.get().folder()), readBy, row.recipients()));
    }

    List<Person> persons(List<PersonId> ids) {
        Map<PersonId, String> names = audiences.names(ids);
        return ids.stream().map(id -> new Person(id, names.get(id))).toList();
    }

    void markUnread(PreauUser user, UUID id) {
        found(boxes.holds(user.personId().value(), id));
        boxes.markRead(user.personId().value(), List.of(id), false, clock.instant());
    }

    /** Moves a message into a personal folder of the person, or back to its system box ({@code folder} null). */
    void move(PreauUser user, UUID id, @Nullable UUID folder) {
        UUID me = user.personId().value();
        if (folder != null && folders.depth(me, folder).isEmpty()) {
            throw MessagingProblem.notFound();
        }
        found(boxes.move(me, id, folder) > 0);
    }

    /** Puts a message in the trash; a scheduled one of the person's is not sent then (back to a draft). */
    void trash(PreauUser user, UUID id) {
        UUID me = user.personId().value();
        Instant now = clock.instant();
        messages.lockOwn(id, me).filter(r -> r.state() == State.SCHEDULED).ifPresent(r -> messages.updateContent(id,
                r.subject(), r.body(), r.bodyText(), State.DRAFT, null, now));
        found(boxes.trash(me, id, now) > 0);
    }

    void restore(PreauUser user, UUID id) {
        move(user, id, null);
    }

    /** Deletes for good what is in the trash (one message, or all of it). */
    int emptyTrash(PreauUser user, @Nullable UUID id) {
        return boxes.emptyTrash(user.personId().value(), id);
    }

    private static void found(boolean found) {
        if (!found) {
            throw MessagingProblem.notFound();
        }
    }

    private static List<Recipient> of(List<Recipient> all, Kind kind) {
        return all.stream().filter(r -> r.kind() == kind).toList();
    }

    static String encode(Cursor cursor) {
        String raw = cursor.date().getEpochSecond() + "." + cursor.date().getNano() + "." + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static @Nullable Cursor decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.");
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }
}
