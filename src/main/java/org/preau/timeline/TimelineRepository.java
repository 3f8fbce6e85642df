package org.preau.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entries of the timeline. */
@Repository
class TimelineRepository {

    /** One entry to insert. */
    record NewEntry(PersonId person, String type, List<String> args, String link, @Nullable StructureId structure,
            String sourceKey, Instant created, @Nullable Instant visibleAt, @Nullable Instant mailAt) {
    }

    /** One entry as read back. */
    record Entry(UUID id, PersonId person, String type, List<String> args, String link,
            @Nullable StructureId structure, Instant date, boolean read) {
    }

    private static final String COLUMNS = "id, person_id, type, args, link, structure_id, visible_at, read_at";
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TimelineRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts the entries in batches; an entry already there for the same person and source is left alone. */
    int insert(List<NewEntry> entries) {
        int inserted = 0;
        for (int from = 0; from < entries.size(); from += BATCH) {
            var batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            int[][] counts = template.batchUpdate("""
                    insert into timeline.entries (id, person_id, type, args, link, structure_id, source_key, created_at,
                        visible_at, mail_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (person_id, source_key) do nothing""", batch, batch.size(), (ps, e) -> {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, e.person().value());
                ps.setString(3, e.type());
                ps.setArray(4, ps.getConnection().createArrayOf("text", e.args().toArray()));
                ps.setString(5, e.link());
                ps.setObject(6, e.structure() == null ? null : e.structure().value());
                ps.setString(7, e.sourceKey());
                ps.setTimestamp(8, Timestamp.from(e.created()));
                ps.setTimestamp(9, e.visibleAt() == null ? null : Timestamp.from(e.visibleAt()));
                ps.setTimestamp(10, e.mailAt() == null ? null : Timestamp.from(e.mailAt()));
            });
            inserted += Arrays.stream(counts).flatMapToInt(Arrays::stream).map(c -> c > 0 ? 1 : 0).sum();
        }
        return inserted;
    }

    /** The person's visible entries, newest first, older than the cursor when there is one. */
    List<Entry> feed(PersonId person, Instant now, @Nullable Instant beforeDate, @Nullable UUID beforeId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from timeline.entries
                where person_id = :p and visible_at is not null and hidden_at is null and visible_at <= :now
                  and (cast(:bd as timestamptz) is null or (visible_at, id) < (cast(:bd as timestamptz), :bi))
                order by visible_at desc, id desc limit :limit""")
                .param("p", person.value()).param("now", Timestamp.from(now))
                .param("bd", beforeDate == null ? null : Timestamp.from(beforeDate))
                .param("bi", beforeId == null ? new UUID(0, 0) : beforeId).param("limit", limit)
                .query(TimelineRepository::entry).list();
    }

    int unread(PersonId person, Instant now) {
        return jdbc.sql("""
                select count(*) from timeline.entries where person_id = :p and visible_at is not null
                and visible_at <= :now and hidden_at is null and read_at is null""")
                .param("p", person.value()).param("now", Timestamp.from(now)).query(Integer.class).single();
    }

    /** The unread counts of several people in one query (people with none are absent). */
    Map<PersonId, Integer> unread(Collection<PersonId> people, Instant now) {
        Map<PersonId, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select person_id, count(*) from timeline.entries where person_id = any(:p) and visible_at is not null
                and visible_at <= :now and hidden_at is null and read_at is null group by person_id""")
                .param("p", people.stream().map(PersonId::value).toArray(UUID[]::new))
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    counts.put(new PersonId(rs.getObject(1, UUID.class)), rs.getInt(2));
                });
        return counts;
    }

    void markAllRead(PersonId person, Instant now) {
        jdbc.sql("""
                update timeline.entries set read_at = :now where person_id = :p and read_at is null
                and visible_at is not null and visible_at <= :now""")
                .param("p", person.value()).param("now", Timestamp.from(now)).update();
    }

    boolean hide(PersonId person, UUID id, Instant now) {
        return jdbc.sql("update timeline.entries set hidden_at = :now, read_at = coalesce(read_at, :now) "
                + "where id = :id and person_id = :p and hidden_at is null")
                .param("now", Timestamp.from(now)).param("id", id).param("p", person.value()).update() > 0;
    }

    /** People with mail due now, for the mail job. */
    List<PersonId> peopleWithMailDue(Instant now, int limit) {
        return jdbc.sql("""
                select distinct person_id from timeline.entries where mailed_at is null and mail_at is not null
                and mail_at <= :now limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    /** Claims the person's due mail: marked mailed now, rows another node holds are skipped. */
    List<Entry> claimMail(PersonId person, Instant now) {
        return jdbc.sql("update timeline.entries set mailed_at = :now where id in (select id from timeline.entries "
                + "where person_id = :p and mailed_at is null and mail_at is not null and mail_at <= :now "
                + "for update skip locked) returning " + COLUMNS)
                .param("now", Timestamp.from(now)).param("p", person.value())
                .query(TimelineRepository::entry).list();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        UUID structure = rs.getObject("structure_id", UUID.class);
        Timestamp visible = rs.getTimestamp("visible_at");
        return new Entry(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("type"), List.of((String[]) rs.getArray("args").getArray()), rs.getString("link"),
                structure == null ? null : new StructureId(structure),
                visible == null ? Instant.EPOCH : visible.toInstant(), rs.getTimestamp("read_at") != null);
    }
    /** Deletes every entry of a source (its unsent mails with it); returns whose feeds changed. */
    /** Deletes every entry about a resource; returns whom they were for. */
    List<PersonId> deleteBySource(String sourceKey) {
        return jdbc.sql("delete from timeline.entries where source_key = :k returning person_id")
                .param("k", sourceKey)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    /**
     * Serialises, until the end of the transaction, whatever writes or withdraws the notices of one
     * resource on any node: a notice and the withdrawal of its resource never cross each other.
     */
    void lockResource(String sourceKey) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('timeline.resource:' || :k, 0))")
                .param("k", sourceKey).query((rs, n) -> 1).list();
    }

    /** Remembers that the notices of a resource were withdrawn (once; the first date is kept). */
    void markWithdrawn(String sourceKey, Instant at) {
        jdbc.sql("insert into timeline.withdrawn_resources values (:k, :at) on conflict (resource) do nothing")
                .param("k", sourceKey).param("at", Timestamp.from(at)).update();
    }

    boolean withdrawn(String sourceKey) {
        return jdbc.sql("select exists (select 1 from timeline.withdrawn_resources where resource = :k)")
                .param("k", sourceKey).query(Boolean.class).single();
    }

}
