package org.preau.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notices hidden for everyone (a reported notice neutralized): every entry of one notice (same type and source) is
 * hidden, its unsent mails cancelled, and what it was is kept aside so that a restore puts it back.
 */
@Repository
class NeutralizedNotices {

    /** A notice as one of its recipients sees it in the feed. */
    record Seen(UUID id, String type, List<String> args, String link, @Nullable StructureId structure, Instant date,
            String sourceKey) {
    }

    private final JdbcClient jdbc;

    NeutralizedNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's entry as their feed shows it now, or empty (not theirs, hidden, not shown yet). */
    Optional<Seen> seen(PersonId person, UUID id, Instant now) {
        return jdbc.sql("""
                select id, type, args, link, structure_id, visible_at, source_key from timeline.entries
                where id = :id and person_id = :p and hidden_at is null and visible_at is not null and visible_at <= :now""")
                .param("id", id).param("p", person.value()).param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    UUID structure = rs.getObject("structure_id", UUID.class);
                    return new Seen(rs.getObject("id", UUID.class), rs.getString("type"),
                            List.of((String[]) rs.getArray("args").getArray()), rs.getString("link"),
                            structure == null ? null : new StructureId(structure),
                            rs.getTimestamp("visible_at").toInstant(), rs.getString("source_key"));
                }).optional();
    }

    /** Who received the same notice. */
    List<PersonId> recipients(String type, String sourceKey) {
        return jdbc.sql("select person_id from timeline.entries where type = :t and source_key = :k")
                .param("t", type).param("k", sourceKey)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    /**
     * Hides every entry of the notice {@code entry} belongs to, for everyone, keeping aside what a
     * restore puts back (entries a person had hidden themselves stay theirs); returns who held one,
     * or empty when there is no such entry.
     */
    Optional<List<PersonId>> neutralize(UUID entry, Instant now) {
        if (!exists(entry)) {
            return Optional.empty();
        }
        jdbc.sql("""
                insert into timeline.neutralized_entries (entry_id, read_at, mail_at, neutralized_at)
                select e.id, e.read_at, case when e.mailed_at is null then e.mail_at end, :now
                from timeline.entries e join timeline.entries r on r.type = e.type and r.source_key = e.source_key
                where r.id = :e and e.hidden_at is null
                on conflict do nothing""").param("e", entry).param("now", Timestamp.from(now)).update();
        return Optional.of(jdbc.sql("""
                update timeline.entries e set hidden_at = :now, read_at = coalesce(e.read_at, :now),
                    mail_at = case when e.mailed_at is null then null else e.mail_at end
                from timeline.entries r
                where r.id = :e and e.type = r.type and e.source_key = r.source_key and e.hidden_at is null
                returning e.person_id""").param("e", entry).param("now", Timestamp.from(now))
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list());
    }

    /** Puts back the entries of the notice {@code entry} belongs to; returns who got one back (empty: none kept). */
    List<PersonId> restore(UUID entry) {
        return jdbc.sql("""
                with notice as (select type, source_key from timeline.entries where id = :e),
                back as (delete from timeline.neutralized_entries n using timeline.entries e, notice
                         where n.entry_id = e.id and e.type = notice.type and e.source_key = notice.source_key
                         returning n.*)
                update timeline.entries e set hidden_at = null, read_at = back.read_at, mail_at = back.mail_at
                from back where back.entry_id = e.id
                returning e.person_id""").param("e", entry)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    private boolean exists(UUID entry) {
        return jdbc.sql("select exists (select 1 from timeline.entries where id = :e)").param("e", entry)
                .query(Boolean.class).single();
    }
}
