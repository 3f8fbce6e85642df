package org.preau.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageViews.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts detection reads on the send path, and held messages with their recipients and decisions. */
@Repository
class HeldRepository {

    /** A held message as a moderator lists it (subject and a short preview: they are to judge it). */
    record Held(UUID id, UUID sender, @Nullable String senderName, String subject, String preview, int recipients,
            Instant heldAt) {
    }

    /** A resolved recipient of a held message. */
    record To(UUID person, Kind kind) {
    }

    private final JdbcClient jdbc;

    HeldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Messages the sender sent or had held since then (the current one not counted). */
    int sentSince(UUID sender, Instant since) {
        return jdbc.sql("select count(*) from messaging.messages where sender_id = :p and sent_at > :since")
                .param("p", sender).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Whether the sender has messages held and not reviewed yet. */
    boolean holding(UUID sender) {
        return jdbc.sql("select exists (select 1 from messaging.messages where sender_id = :p and state = 'HELD')")
                .param("p", sender).query(Boolean.class).single();
    }

    /** How many earlier messages had this body since then. */
    int sameBody(String hash, Instant since) {
        return jdbc.sql("select count(*) from messaging.messages where body_hash = :h and sent_at > :since")
                .param("h", hash).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** The distinct people those messages reached or were held for, with these (the current message's). */
    int sameBodyPeople(String hash, Instant since, Collection<UUID> current) {
        return jdbc.sql("""
                select count(*) from (
                    select e.person_id from messaging.messages m join messaging.entries e on e.message_id = m.id and not e.own
                    where m.body_hash = :h and m.sent_at > :since
                    union select r.person_id from messaging.messages m join messaging.held_recipients r on r.message_id = m.id
                    where m.body_hash = :h and m.sent_at > :since
                    union select unnest(:current)) people""")
                .param("h", hash).param("since", Timestamp.from(since)).param("current", current.toArray(UUID[]::new))
                .query(Integer.class).single();
    }

    void setBodyHash(UUID message, String hash) {
        jdbc.sql("update messaging.messages set body_hash = :h where id = :id").param("h", hash).param("id", message)
                .update();
    }

    /** The message is held: counted in the caps from now, delivered to these people only on release. */
    void hold(UUID message, Instant now, List<To> to) {
        jdbc.sql("""
                update messaging.messages set state = 'HELD', sent_at = :now, send_at = null, recipients = :n,
                    updated_at = :now where id = :id""")
                .param("id", message).param("now", Timestamp.from(now)).param("n", to.size()).update();
        jdbc.sql("delete from messaging.held_recipients where message_id = :id").param("id", message).update();
        jdbc.sql("""
                insert into messaging.held_recipients (message_id, person_id, kind)
                select :id, p, k from unnest(:people, :kinds) as t (p, k)""")
                .param("id", message).param("people", to.stream().map(To::person).toArray(UUID[]::new))
                .param("kinds", to.stream().map(t -> t.kind().name()).toArray(String[]::new)).update();
    }

    /** The held messages, oldest first. */
    List<Held> held(int limit) {
        return jdbc.sql("""
                select id, sender_id, sender_name, subject, left(body_text, 300), recipients, sent_at
                from messaging.messages where state = 'HELD' order by sent_at, id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant())).list();
    }

    /** A held message, locked against a concurrent decision. */
    Optional<Held> lockHeld(UUID id) {
        return jdbc.sql("""
                select id, sender_id, sender_name, subject, left(body_text, 300), recipients, sent_at
                from messaging.messages where id = :id and state = 'HELD' for update""")
                .param("id", id)
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant())).optional();
    }

    List<To> recipients(UUID message) {
        List<To> to = new ArrayList<>();
        jdbc.sql("select person_id, kind from messaging.held_recipients where message_id = :id order by person_id")
                .param("id", message)
                .query(rs -> {
                    to.add(new To(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2))));
                });
        return to;
    }

    /** Releases (SENT, keeping the time it was written) or discards (kept as evidence), and audits it. */
    void decide(UUID message, UUID moderator, boolean release, Instant now) {
        jdbc.sql("update messaging.messages set state = :s, updated_at = :now where id = :id")
                .param("s", release ? "SENT" : "DISCARDED").param("now", Timestamp.from(now)).param("id", message)
                .update();
        jdbc.sql("""
                insert into messaging.held_decisions (message_id, moderator_id, decision, decided_at)
                values (:id, :m, :d, :now)""")
                .param("id", message).param("m", moderator).param("d", release ? "RELEASE" : "DISCARD")
                .param("now", Timestamp.from(now)).update();
    }
}
