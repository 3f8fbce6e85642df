package org.preau.moderation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports, their evidence and the decisions taken. */
@Repository
class ReportRepository {

    /** One report as stored, with the title and author of its evidence and how many open reports its content has. */
    record Line(UUID id, String type, UUID target, PersonId reporter, String reason, @Nullable StructureId structure,
            Instant reportedAt, String state, @Nullable String decision, @Nullable Instant decidedAt, String title,
            String authorName, int openReports) {
    }

    /** The evidence as stored. */
    record StoredEvidence(@Nullable PersonId author, String authorName, String title, String body,
            List<PersonId> recipients, Instant createdAt, @Nullable String link, String sha256, Instant takenAt) {
    }

    /** One decision of the history of a content. */
    record DecisionRow(String decision, PersonId moderator, Instant at) {
    }

    private static final String LINE = """
            select r.id, r.type, r.target_id, r.reporter_id, r.reason, r.structure_id, r.reported_at, r.state,
                   r.decision, r.decided_at, e.title, e.author_name,
                   (select count(*) from moderation.reports o
                    where o.type = r.type and o.target_id = r.target_id and o.state = 'OPEN')
            from moderation.reports r join moderation.evidence e on e.type = r.type and e.target_id = r.target_id""";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's open report of this content, if they already made one. */
    Optional<UUID> openReport(String type, UUID target, PersonId reporter) {
        return jdbc.sql("""
                select id from moderation.reports
                where type = :type and target_id = :target and reporter_id = :reporter and state = 'OPEN'""")
                .param("type", type).param("target", target).param("reporter", reporter.value())
                .query(UUID.class).optional();
    }

    void insert(UUID id, String type, UUID target, PersonId reporter, String reason, @Nullable StructureId structure,
            Instant now) {
        jdbc.sql("""
                insert into moderation.reports (id, type, target_id, reporter_id, reason, structure_id, reported_at)
                values (:id, :type, :target, :reporter, :reason, :structure, :now)""")
                .param("id", id).param("type", type).param("target", target).param("reporter", reporter.value())
                .param("reason", reason).param("structure", structure == null ? null : structure.value())
                .param("now", Timestamp.from(now)).update();
    }

    /** Keeps the evidence of the first report of a content; later reports keep that first copy. */
    void keepEvidence(String type, UUID target, StoredEvidence evidence) {
        jdbc.sql("""
                insert into moderation.evidence (type, target_id, author_id, author_name, title, body, recipients,
                    created_at, link, sha256, taken_at)
                values (:type, :target, :author, :authorName, :title, :body, :recipients, :createdAt, :link, :sha,
                    :takenAt)
                on conflict (type, target_id) do nothing""")
                .param("type", type).param("target", target)
                .param("author", evidence.author() == null ? null : evidence.author().value())
                .param("authorName", evidence.authorName()).param("title", evidence.title())
                .param("body", evidence.body())
                .param("recipients", evidence.recipients().stream().map(PersonId::value).toArray(UUID[]::new))
                .param("createdAt", Timestamp.from(evidence.createdAt())).param("link", evidence.link())
                .param("sha", evidence.sha256()).param("takenAt", Timestamp.from(evidence.takenAt())).update();
    }

    /**
     * The reports of a state, newest first, of the given structures ({@code everywhere}: all, those
     * of no structure included), optionally of one type.
     */
    List<Line> queue(String state, boolean everywhere, List<StructureId> structures, @Nullable String type, int limit) {
        return jdbc.sql(LINE + """

                where r.state = :state and (cast(:type as text) is null or r.type = :type)
                  and (:everywhere or r.structure_id = any(:structures))
                order by r.reported_at desc, r.id limit :limit""")
                .param("state", state).param("type", type).param("everywhere", everywhere)
                .param("structures", structures.stream().map(StructureId::value).toArray(UUID[]::new))
                .param("limit", limit).query(ReportRepository::line).list();
    }

    Optional<Line> find(UUID id) {
        return jdbc.sql(LINE + " where r.id = :id").param("id", id).query(ReportRepository::line).optional();
    }

    Optional<StoredEvidence> evidence(String type, UUID target) {
        return jdbc.sql("""
                select author_id, author_name, title, body, recipients, created_at, link, sha256, taken_at
                from moderation.evidence where type = :type and target_id = :target""")
                .param("type", type).param("target", target).query((rs, n) -> new StoredEvidence(
                        person(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4), people(rs.getArray(5)),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .optional();
    }

    /** Closes every open report of the content with the decision; returns how many. */
    int close(String type, UUID target, String decision, PersonId moderator, Instant now) {
        return jdbc.sql("""
                update moderation.reports set state = 'CLOSED', decision = :decision, decided_by = :moderator,
                    decided_at = :now
                where type = :type and target_id = :target and state = 'OPEN'""")
                .param("type", type).param("target", target).param("decision", decision)
                .param("moderator", moderator.value()).param("now", Timestamp.from(now)).update();
    }

    /** Records a decision on a closed report again (a restore after a neutralization). */
    void redecide(UUID report, String decision, PersonId moderator, Instant now) {
        jdbc.sql("""
                update moderation.reports set decision = :decision, decided_by = :moderator, decided_at = :now
                where id = :id""")
                .param("id", report).param("decision", decision).param("moderator", moderator.value())
                .param("now", Timestamp.from(now)).update();
    }

    void recordDecision(String type, UUID target, String decision, PersonId moderator, @Nullable StructureId structure,
            Instant now) {
        jdbc.sql("""
                insert into moderation.decisions (type, target_id, decision, moderator_id, structure_id, decided_at)
                values (:type, :target, :decision, :moderator, :structure, :now)""")
                .param("type", type).param("target", target).param("decision", decision)
                .param("moderator", moderator.value()).param("structure", structure == null ? null : structure.value())
                .param("now", Timestamp.from(now)).update();
    }

    /** The decisions taken on a content, oldest first. */
    List<DecisionRow> history(String type, UUID target) {
        return jdbc.sql("""
                select decision, moderator_id, decided_at from moderation.decisions
                where type = :type and target_id = :target order by decided_at, id""")
                .param("type", type).param("target", target)
                .query((rs, n) -> new DecisionRow(rs.getString(1), new PersonId(rs.getObject(2, UUID.class)),
                        rs.getTimestamp(3).toInstant())).list();
    }

    /** The latest decision on the content, if any. */
    Optional<String> lastDecision(String type, UUID target) {
        return jdbc.sql("""
                select decision from moderation.decisions where type = :type and target_id = :target
                order by decided_at desc, id desc limit 1""")
                .param("type", type).param("target", target).query(String.class).optional();
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        UUID structure = rs.getObject(6, UUID.class);
        Timestamp decided = rs.getTimestamp(10);
        return new Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                new PersonId(rs.getObject(4, UUID.class)), rs.getString(5),
                structure == null ? null : new StructureId(structure), rs.getTimestamp(7).toInstant(), rs.getString(8),
                rs.getString(9), decided == null ? null : decided.toInstant(), rs.getString(11), rs.getString(12),
                rs.getInt(13));
    }

    private static @Nullable PersonId person(ResultSet rs, int column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new PersonId(id);
    }

    private static List<PersonId> people(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> new PersonId((UUID) o)).toList();
    }
}
