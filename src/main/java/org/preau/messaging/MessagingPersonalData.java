package org.preau.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.preau.platform.storage.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The messagerie's part of "Mes données": every message in the person's boxes (sent, received,
 * drafts, scheduled, trash, personal folders) with its sender and recipients by name — the
 * blind copies only on the sender's own copy — and its attachments as files under
 * {@code attachments/<message id>/}.
 */
@Component
class MessagingPersonalData implements PersonalDataPart {

    record Folder(UUID id, String name, @Nullable UUID parent, Instant createdAt) {
    }

    record Recipient(String kind, @Nullable String name) {
    }

    record Attachment(String name, String contentType, long size, String file) {
    }

    record Message(UUID id, UUID thread, String box, @Nullable String folder, boolean mine, @Nullable String receivedAs,
            String state, @Nullable String sender, List<Recipient> recipients, String subject, @Nullable String body,
            Instant date, @Nullable Instant sentAt, @Nullable Instant sendAt, @Nullable Instant readAt,
            boolean unread, @Nullable Instant trashedAt, List<Attachment> attachments) {
    }

    private record FileRow(UUID message, String key, String name, String contentType, long size) {
    }

    private final JdbcClient jdbc;
    private final FileStore store;

    MessagingPersonalData(JdbcClient jdbc, FileStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public String name() {
        return "messaging";
    }

    @Override
    public void export(PersonId person, PersonalDataExport export) {
        UUID p = person.value();
        export.json("folders", jdbc.sql("""
                select id, name, parent_id, created_at from messaging.folders where owner_id = :p order by depth, name""")
                .param("p", p).query((rs, n) -> new Folder(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), at(rs, 4))).list());
        Map<UUID, List<Recipient>> recipients = new LinkedHashMap<>();
        jdbc.sql("""
                select r.message_id, r.kind, r.label, e.own from messaging.recipients r
                join messaging.entries e on e.message_id = r.message_id and e.person_id = :p
                order by r.message_id, r.kind, r.position""")
                .param("p", p).query(rs -> {
                    // another's blind copies are not the reader's to know
                    if (rs.getBoolean(4) || !"BCC".equals(rs.getString(2))) {
                        var list = recipients.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>());
                        var recipient = new Recipient(rs.getString(2), rs.getString(3));
                        if (!list.contains(recipient)) {
                            list.add(recipient);
                        }
                    }
                });
        Map<UUID, List<FileRow>> files = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct a.message_id, f.storage_key, f.name, f.content_type, f.size, a.position
                from messaging.attachments a join messaging.files f on f.id = a.file_id
                join messaging.entries e on e.message_id = a.message_id and e.person_id = :p
                join messaging.messages m on m.id = a.message_id
                where e.own or m.state <> 'RECALLED' order by a.message_id, a.position""")
                .param("p", p).query(rs -> {
                    files.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new FileRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getLong(5)));
                });
        List<Message> messages = new ArrayList<>();
        jdbc.sql("""
                select m.id, m.thread_id, e.folder, f.name, e.own, e.kind, m.state, m.sender_name, m.subject, m.body,
                       e.date, m.sent_at, m.send_at, e.read_at, e.unread, e.trashed_at
                from messaging.entries e join messaging.messages m on m.id = e.message_id
                left join messaging.folders f on f.id = e.folder_id
                where e.person_id = :p order by e.date, m.id, e.own""")
                .param("p", p).query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    boolean own = rs.getBoolean(5);
                    boolean recalled = !own && "RECALLED".equals(rs.getString(7));
                    List<Attachment> attached = recalled ? List.of() : files.getOrDefault(id, List.of()).stream()
                            .map(f -> new Attachment(f.name(), f.contentType(), f.size(), "attachments/" + id + "/" + f.name()))
                            .toList();
                    messages.add(new Message(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), own,
                            rs.getString(6), rs.getString(7), rs.getString(8), recipients.getOrDefault(id, List.of()),
                            rs.getString(9), recalled ? null : rs.getString(10), at(rs, 11), at(rs, 12), at(rs, 13),
                            at(rs, 14), rs.getBoolean(15), at(rs, 16), attached));
                });
        export.json("messages", messages);
        // messages recalled by their sender after the person had read them: only that they were read, and when
        export.json("read-before-recall", jdbc.sql("""
                select message_id, read_at from messaging.recall_reads where person_id = :p order by read_at""")
                .param("p", p).query((rs, n) -> Map.of("message", rs.getObject(1, UUID.class), "readAt", at(rs, 2)))
                .list());
        var written = new java.util.HashSet<UUID>();
        for (Message message : messages) {
            if (message.attachments().isEmpty() || !written.add(message.id())) {
                continue;
            }
            for (FileRow file : files.getOrDefault(message.id(), List.of())) {
                try {
                    var content = store.open(file.key());
                    if (content.isPresent()) {
                        export.file("attachments/" + message.id() + "/" + file.name(), content.get());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static @Nullable Instant at(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
