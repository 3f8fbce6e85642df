package org.preau.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reported entries, for the moderators of their structure. */
@Repository
class ReportsRepository {

    /** An open report with what was reported. */
    record OpenReport(UUID entry, PersonId reporter, @Nullable StructureId structure, Instant reportedAt, String type,
            List<String> args, String link, String sourceKey) {
    }

    private static final String SELECT = """
            select r.entry_id, r.reporter_id, r.structure_id, r.reported_at, e.type, e.args, e.link, e.source_key
            from timeline.reports r join timeline.entries e on e.id = r.entry_id
            where r.resolved_at is null""";

    private final JdbcClient jdbc;

    ReportsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open reports, newest first: of every structure ({@code structures} null), else of these structures only. */
    List<OpenReport> open(@Nullable Collection<StructureId> structures, int limit) {
        return jdbc.sql(SELECT + """
                 and (cast(:all as boolean) or r.structure_id = any(:s))
                order by r.reported_at desc, r.entry_id limit :limit""")
                .param("all", structures == null)
                .param("s", structures == null ? new UUID[0]
                        : structures.stream().map(StructureId::value).toArray(UUID[]::new))
                .param("limit", limit).query(ReportsRepository::report).list();
    }

    Optional<OpenReport> open(UUID entry) {
        return jdbc.sql(SELECT + " and r.entry_id = :e").param("e", entry).query(ReportsRepository::report).optional();
    }

    /** Resolves the open reports of these entries; returns how many. */
    int resolve(Collection<UUID> entries, String resolution, PersonId moderator, Instant now) {
        return jdbc.sql("""
                update timeline.reports set resolved_at = :now, resolution = :r, resolved_by = :m
                where entry_id = any(:e) and resolved_at is null""")
                .param("now", Timestamp.from(now)).param("r", resolution).param("m", moderator.value())
                .param("e", entries.toArray(UUID[]::new)).update();
    }

    /** Every entry of one notification (same type and source), whoever received it. */
    List<UUID> entriesOf(String type, String sourceKey) {
        return jdbc.sql("select id from timeline.entries where type = :t and source_key = :k")
                .param("t", type).param("k", sourceKey).query(UUID.class).list();
    }

    /** Hides one notification from everyone and cancels its mails not sent yet; returns who held it. */
    List<PersonId> removeForEveryone(String type, String sourceKey, Instant now) {
        return jdbc.sql("""
                update timeline.entries set hidden_at = coalesce(hidden_at, :now), read_at = coalesce(read_at, :now),
                    mail_at = case when mailed_at is null then null else mail_at end
                where type = :t and source_key = :k returning person_id""")
                .param("now", Timestamp.from(now)).param("t", type).param("k", sourceKey)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    private static OpenReport report(ResultSet rs, int n) throws SQLException {
        UUID structure = rs.getObject("structure_id", UUID.class);
        return new OpenReport(rs.getObject("entry_id", UUID.class),
                new PersonId(rs.getObject("reporter_id", UUID.class)),
                structure == null ? null : new StructureId(structure), rs.getTimestamp("reported_at").toInstant(),
                rs.getString("type"), List.of((String[]) rs.getArray("args").getArray()), rs.getString("link"),
                rs.getString("source_key"));
    }
}
