package org.preau.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.MessageViews.Person;
import org.preau.messaging.MessageViews.State;
import org.preau.messaging.MessageViews.Summary;
import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The boxes: one entry per message and person, the sender's own copy ({@code own}) or a
 * received one. Lists walk the index {@code (person, folder, date desc, id desc)} from a cursor.
 */
@Repository
class BoxRepository {

    /** A system box, or a personal folder when {@code folderId} is set. */
    record Box(Folder folder, @Nullable UUID folderId) {
    }

    /** Where the last line of a page was: the next page starts after it. */
    record Cursor(Instant date, UUID id) {
    }

    private static final String SUMMARY = """
            select m.id, m.subject, m.sender_id, m.sender_name, e.date, e.unread, m.state, m.send_at,
                   left(m.body_text, 160) as preview,
                   exists (select 1 from messaging.attachments a where a.message_id = m.id) as files,
                   coalesce((select string_agg(coalesce(r.label, '?'), ', ' order by r.kind, r.position)
                             from messaging.recipients r where r.message_id = m.id and r.kind <> 'BCC'), '') as recipients
            from messaging.entries e join messaging.messages m on m.id = e.message_id
            """;

    private final JdbcClient jdbc;

    BoxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void putOwn(UUID person, UUID message, Folder folder, Instant date) {
        jdbc.sql("""
                insert into messaging.entries (person_id, message_id, own, folder, date)
                values (:p, :m, true, :folder, :date)
                on conflict (person_id, message_id, own) do update
                set folder = excluded.folder, folder_id = null, trashed_at = null, date = excluded.date""")
                .param("p", person).param("m", message).param("folder", folder.name())
                .param("date", Timestamp.from(date)).update();
    }

    /** Puts a message in the inboxes of people who do not have it yet; returns how many got it. */
    int deliver(UUID message, String[] persons, String[] kinds, Instant date) {
        return jdbc.sql("""
                insert into messaging.entries (person_id, message_id, own, kind, folder, unread, date)
                select p, :m, false, k, 'INBOX', true, :date from unnest(:persons::uuid[], :kinds::text[]) as r(p, k)
                on conflict do nothing""")
                .param("m", message).param("persons", persons).param("kinds", kinds)
                .param("date", Timestamp.from(date)).update();
    }

    /** Takes a message back from its recipients, remembering who had read it. */
    void recall(UUID message) {
        jdbc.sql("""
                insert into messaging.recall_reads (message_id, person_id, read_at)
                select message_id, person_id, read_at from messaging.entries
                where message_id = :m and not own and read_at is not null on conflict do nothing""")
                .param("m", message).update();
        jdbc.sql("delete from messaging.entries where message_id = :m and not own").param("m", message).update();
    }

    List<PersonId> readers(UUID message) {
        return jdbc.sql("select person_id from messaging.recall_reads where message_id = :m order by read_at")
                .param("m", message).query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    List<Summary> list(UUID person, Box box, @Nullable Cursor after, int limit) {
        String where = box.folderId() == null ? "e.person_id = :p and e.folder = :folder"
                : "e.person_id = :p and e.folder_id = :fid and e.folder = 'PERSONAL'";
        String page = after == null ? "" : " and (e.date, e.message_id) < (:cdate, :cid)";
        return jdbc.sql(SUMMARY + "where " + where + page + " order by e.date desc, e.message_id desc limit :limit")
                .param("p", person).param("folder", box.folder().name()).param("fid", box.folderId())
                .param("cdate", after == null ? null : Timestamp.from(after.date()))
                .param("cid", after == null ? null : after.id()).param("limit", limit)
                .query(BoxRepository::summary).list();
    }

    /** More candidates than this from the trigram index: the words are common, walk the person's boxes instead. */
    static final int CANDIDATES = 2000;

    /**
     * Messages of one's boxes whose subject, body or sender holds every word (folded, so accents
     * do not matter), newest first. Rare words: the trigram index gives the few messages that
     * hold them, kept if the person holds them. Common words (more than {@link #CANDIDATES}
     * messages in the territory): the person's entries are walked newest first until enough
     * match, with bitmap scans (the only way to the trigram index) off for the transaction.
     * Either way the work is bounded by one person's boxes, not by the territory's.
     */
    List<Summary> search(UUID person, List<String> words, int limit) {
        StringBuilder match = new StringBuilder("true");
        for (int i = 0; i < words.size(); i++) {
            match.append(" and m.search_text like messaging.search_form(:w").append(i).append(") escape '\\'");
        }
        List<String> candidates = words(jdbc.sql("select m.id::text from messaging.messages m where " + match
                + " limit " + (CANDIDATES + 1)), words).query(String.class).list();
        if (candidates.size() <= CANDIDATES) {
            return jdbc.sql(SUMMARY + """
                    where e.person_id = :p and e.message_id = any(:ids::uuid[])
                    order by e.date desc, e.message_id desc limit :limit""")
                    .param("p", person).param("ids", candidates.toArray(String[]::new)).param("limit", limit)
                    .query(BoxRepository::summary).list();
        }
        jdbc.sql("select set_config('enable_bitmapscan', 'off', true)").query().singleValue();
        return words(jdbc.sql(SUMMARY + "where e.person_id = :p and " + match
                + " order by e.date desc, e.message_id desc limit :limit"), words)
                .param("p", person).param("limit", limit).query(BoxRepository::summary).list();
    }

    private static JdbcClient.StatementSpec words(JdbcClient.StatementSpec statement, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            statement = statement.param("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return statement;
    }

    /** The unread messages per box of a person: system box name or personal folder id as key. */
    List<Object[]> unread(UUID person) {
        return jdbc.sql("""
                select folder, folder_id, count(*) from messaging.entries where person_id = :p and unread
                group by folder, folder_id""")
                .param("p", person)
                .query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class), rs.getLong(3) }).list();
    }

    long unreadInbox(UUID person) {
        return jdbc.sql("select count(*) from messaging.entries where person_id = :p and unread and folder = 'INBOX'")
                .param("p", person).query(Long.class).single();
    }

    long count(UUID person, Folder folder) {
        return jdbc.sql("select count(*) from messaging.entries where person_id = :p and folder = :f")
                .param("p", person).param("f", folder.name()).query(Long.class).single();
    }

    /** Whether the person holds the message in a box (their own copy or a received one). */
    boolean holds(UUID person, UUID message) {
        return jdbc.sql("select exists (select 1 from messaging.entries where person_id = :p and message_id = :m)")
                .param("p", person).param("m", message).query(Boolean.class).single();
    }

    /** The person's entry of a message (their own copy first), if they hold it. */
    record Entry(boolean own, String folder, @Nullable String kind, boolean unread) {
    }

    Optional<Entry> entry(UUID person, UUID message) {
        return jdbc.sql("""
                select own, folder, kind, unread from messaging.entries where person_id = :p and message_id = :m
                order by own desc limit 1""")
                .param("p", person).param("m", message)
                .query((rs, n) -> new Entry(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    /** The messages of a thread the person holds, oldest first (drafts and scheduled ones aside). */
    List<UUID> thread(UUID person, UUID thread) {
        return jdbc.sql("""
                select m.id from messaging.messages m
                where m.thread_id = :t and m.state in ('SENT', 'RECALLED')
                  and exists (select 1 from messaging.entries e where e.person_id = :p and e.message_id = m.id)
                order by m.sent_at, m.id""")
                .param("p", person).param("t", thread).query(UUID.class).list();
    }

    void markRead(UUID person, List<UUID> messages, boolean read, Instant now) {
        jdbc.sql("""
                update messaging.entries set unread = :unread,
                    read_at = case when :unread then read_at else coalesce(read_at, :now) end
                where person_id = :p and message_id = any(:m::uuid[]) and not own""")
                .param("p", person).param("m", messages.stream().map(UUID::toString).toArray(String[]::new)).param("unread", !read)
                .param("now", Timestamp.from(now)).update();
    }

    /** Moves a message of the person's boxes into a personal folder, or back to its own system box. */
    int move(UUID person, UUID message, @Nullable UUID folderId) {
        return jdbc.sql("""
                update messaging.entries e set folder = case when :fid::uuid is not null then 'PERSONAL'
                        when e.own and m.state = 'DRAFT' then 'DRAFTS' when e.own then 'SENT' else 'INBOX' end,
                    folder_id = :fid, trashed_at = null
                from messaging.messages m where m.id = e.message_id and e.person_id = :p and e.message_id = :m""")
                .param("p", person).param("m", message).param("fid", folderId).update();
    }

    int trash(UUID person, UUID message, Instant now) {
        return jdbc.sql("""
                update messaging.entries set folder = 'TRASH', folder_id = null, trashed_at = :now
                where person_id = :p and message_id = :m""")
                .param("p", person).param("m", message).param("now", Timestamp.from(now)).update();
    }

    /** Deletes the trashed entries of a person (or one of them); the messages go when nobody holds them. */
    int emptyTrash(UUID person, @Nullable UUID message) {
        return jdbc.sql("""
                delete from messaging.entries where person_id = :p and folder = 'TRASH'
                  and (:m::uuid is null or message_id = :m)""")
                .param("p", person).param("m", message).update();
    }

    static Summary summary(ResultSet rs, int n) throws SQLException {
        UUID sender = rs.getObject("sender_id", UUID.class);
        return new Summary(rs.getObject("id", UUID.class), rs.getString("subject"),
                new Person(sender == null ? null : new PersonId(sender), rs.getString("sender_name")),
                rs.getTimestamp("date").toInstant(), rs.getBoolean("unread"), State.valueOf(rs.getString("state")),
                MessageRepository.instant(rs, "send_at"), rs.getBoolean("files"), rs.getString("preview"),
                rs.getString("recipients"));
    }
}
