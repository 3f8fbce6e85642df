package org.preau.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageViews.Attachment;
import org.preau.messaging.MessageViews.Kind;
import org.preau.messaging.MessageViews.Recipient;
import org.preau.messaging.MessageViews.State;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages, what their senders addressed, and their attachments. */
@Repository
class MessageRepository {

    /** A message as stored. */
    record Row(UUID id, @Nullable UUID senderId, @Nullable String senderName, String subject, String body,
            String bodyText, UUID threadId, @Nullable UUID parentId, State state, @Nullable Instant sendAt,
            @Nullable Instant sentAt, @Nullable Instant recalledAt, int recipients, Instant updatedAt) {
    }

    private static final String COLUMNS = """
            id, sender_id, sender_name, subject, body, body_text, thread_id, parent_id, state, send_at, sent_at,
            recalled_at, recipients, updated_at""";

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row m, Instant now) {
        jdbc.sql("""
                insert into messaging.messages (id, sender_id, sender_name, subject, body, body_text, thread_id,
                    parent_id, state, send_at, created_at, updated_at)
                values (:id, :sender, :name, :subject, :body, :text, :thread, :parent, :state, :sendAt, :now, :now)""")
                .param("id", m.id()).param("sender", m.senderId()).param("name", m.senderName())
                .param("subject", m.subject()).param("body", m.body()).param("text", m.bodyText())
                .param("thread", m.threadId()).param("parent", m.parentId()).param("state", m.state().name())
                .param("sendAt", ts(m.sendAt())).param("now", Timestamp.from(now)).update();
    }

    void updateContent(UUID id, String subject, String body, String text, State state, @Nullable Instant sendAt,
            Instant now) {
        jdbc.sql("""
                update messaging.messages set subject = :subject, body = :body, body_text = :text, state = :state,
                    send_at = :sendAt, updated_at = :now where id = :id""")
                .param("id", id).param("subject", subject).param("body", body).param("text", text)
                .param("state", state.name()).param("sendAt", ts(sendAt)).param("now", Timestamp.from(now)).update();
    }

    /** The message, locked for a change by its sender. */
    Optional<Row> lockOwn(UUID id, UUID sender) {
        return jdbc.sql("select " + COLUMNS + " from messaging.messages where id = :id and sender_id = :sender for update")
                .param("id", id).param("sender", sender).query(MessageRepository::row).optional();
    }

    /** Serializes the writes of one draft id until the transaction ends (two requests creating it at once). */
    void lockId(UUID id) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:id, 7))").param("id", id.toString())
                .query(Object.class).single();
    }

    /** The message, locked against a concurrent recall while it is delivered. */
    Optional<Row> lockForDelivery(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from messaging.messages where id = :id for share")
                .param("id", id).query(MessageRepository::row).optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from messaging.messages where id = :id")
                .param("id", id).query(MessageRepository::row).optional();
    }

    void markSent(UUID id, Instant now, int recipients) {
        jdbc.sql("""
                update messaging.messages set state = 'SENT', sent_at = :now, send_at = null, recipients = :n,
                    updated_at = :now where id = :id""")
                .param("id", id).param("now", Timestamp.from(now)).param("n", recipients).update();
    }

    /** Every scheduled message of the sender back to a draft (not sent later); their ids. */
    List<UUID> holdScheduled(UUID sender, Instant now) {
        return jdbc.sql("""
                update messaging.messages set state = 'DRAFT', send_at = null, updated_at = :now
                where sender_id = :sender and state = 'SCHEDULED' returning id""")
                .param("sender", sender).param("now", Timestamp.from(now)).query(UUID.class).list();
    }

    void markRecalled(UUID id, Instant now) {
        jdbc.sql("update messaging.messages set state = 'RECALLED', recalled_at = :now where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** Scheduled messages that are due, locked for this node ({@code SKIP LOCKED}: another node takes others). */
    List<UUID> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                select id from messaging.messages where state = 'SCHEDULED' and send_at <= :now
                order by send_at limit :limit for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
    }

    // --- recipients as addressed ---

    void replaceRecipients(UUID id, List<Recipient> recipients) {
        jdbc.sql("delete from messaging.recipients where message_id = :id").param("id", id).update();
        int position = 0;
        for (Recipient r : recipients) {
            jdbc.sql("""
                    insert into messaging.recipients (message_id, kind, position, ref, label)
                    values (:id, :kind, :pos, :ref, :label) on conflict do nothing""")
                    .param("id", id).param("kind", r.kind().name()).param("pos", position++).param("ref", r.id())
                    .param("label", r.label()).update();
        }
    }

    List<Recipient> recipients(UUID id) {
        return jdbc.sql("select ref, kind, label from messaging.recipients where message_id = :id order by kind, position")
                .param("id", id)
                .query((rs, n) -> new Recipient(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    // --- attachments ---

    void attach(UUID message, UUID file) {
        jdbc.sql("""
                insert into messaging.attachments (message_id, file_id, position)
                select :m, :f, coalesce(max(position) + 1, 0) from messaging.attachments where message_id = :m
                on conflict do nothing""")
                .param("m", message).param("f", file).update();
    }

    /** The attachments of {@code from}, attached to {@code to} too (the same stored files). */
    void copyAttachments(UUID from, UUID to) {
        jdbc.sql("""
                insert into messaging.attachments (message_id, file_id, position)
                select :to, file_id, position from messaging.attachments where message_id = :from on conflict do nothing""")
                .param("from", from).param("to", to).update();
    }

    boolean detach(UUID message, UUID file) {
        return jdbc.sql("delete from messaging.attachments where message_id = :m and file_id = :f")
                .param("m", message).param("f", file).update() == 1;
    }

    List<Attachment> attachments(UUID message) {
        return jdbc.sql("""
                select f.id, f.name, f.content_type, f.size from messaging.attachments a
                join messaging.files f on f.id = a.file_id where a.message_id = :m order by a.position""")
                .param("m", message)
                .query((rs, n) -> new Attachment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4)))
                .list();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("sender_id", UUID.class),
                rs.getString("sender_name"), rs.getString("subject"), rs.getString("body"), rs.getString("body_text"),
                rs.getObject("thread_id", UUID.class), rs.getObject("parent_id", UUID.class),
                State.valueOf(rs.getString("state")), instant(rs, "send_at"), instant(rs, "sent_at"),
                instant(rs, "recalled_at"), rs.getInt("recipients"), instant(rs, "updated_at"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
