package org.preau.feeding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.feeding.ImportViews.FileInfo;
import org.preau.feeding.ImportViews.ImportView;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.ImportViews.Report;
import org.preau.feeding.ImportViews.Status;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Plain SQL over {@code feeding.imports} and the uploaded files. */
@Repository
class ImportRepository {

    /**
     * The status as people see it: a run whose heartbeat is stale, and which does not hold the lease with a fresh
     * one, is INTERRUPTED (its node died).
     */
    private static final String COLUMNS = """
            id, kind, full_import, structure_id, profile, created_by, created_at, updated_at,
            files::text as files, report::text as report, error_key,
            case when status in ('RUNNING', 'APPLYING') and heartbeat_at < :stale and not exists
                      (select 1 from feeding.import_lease l where l.import_id = i.id and l.heartbeat_at >= :stale)
                 then 'INTERRUPTED' else status end as status""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ImportLease lease;

    ImportRepository(JdbcClient jdbc, JsonMapper json, ImportLease lease) {
        this.jdbc = jdbc;
        this.json = json;
        this.lease = lease;
    }

    /** An uploaded file's name and content. */
    record StoredFile(String name, byte[] content) {
    }

    void insert(ImportView view, @Nullable String mapping, List<StoredFile> files) {
        jdbc.sql("""
                insert into feeding.imports (id, kind, status, full_import, structure_id, profile, mapping, created_by,
                    created_at, updated_at, heartbeat_at, files)
                values (:id, :kind, :status, :full, :structure, :profile, cast(:mapping as jsonb), :by, :at, :at, :at,
                    cast(:files as jsonb))""")
                .param("id", view.id()).param("kind", view.kind().name()).param("status", view.status().name())
                .param("full", view.full()).param("structure", view.structure() == null ? null : view.structure().value())
                .param("profile", view.profile()).param("mapping", mapping).param("by", view.createdBy().value())
                .param("at", Timestamp.from(view.createdAt())).param("files", json.writeValueAsString(view.files()))
                .update();
        for (int i = 0; i < files.size(); i++) {
            jdbc.sql("insert into feeding.import_files values (:id, :pos, :name, :content)")
                    .param("id", view.id()).param("pos", i).param("name", files.get(i).name())
                    .param("content", files.get(i).content()).update();
        }
    }

    List<StoredFile> files(UUID id) {
        return jdbc.sql("select name, content from feeding.import_files where import_id = :id order by position")
                .param("id", id).query((rs, n) -> new StoredFile(rs.getString(1), rs.getBytes(2))).list();
    }

    /** The AAF imports applied so far, oldest first. */
    List<UUID> appliedAaf() {
        return jdbc.sql("select id from feeding.imports where kind = 'AAF' and status = 'APPLIED' order by created_at")
                .query(UUID.class).list();
    }

    Optional<String> mapping(UUID id) {
        return jdbc.sql("select mapping::text from feeding.imports where id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** Moves an import from one status to another; false if it was not in {@code from}. */
    boolean transition(UUID id, Status from, Status to, Instant at) {
        return jdbc.sql("""
                update feeding.imports set status = :to, updated_at = :at, heartbeat_at = :at,
                    apply_started_at = case when :to = 'APPLYING' then :at else apply_started_at end
                where id = :id and status = :from""")
                .param("to", to.name()).param("from", from.name()).param("at", Timestamp.from(at)).param("id", id)
                .update() == 1;
    }

    /** The status as stored (never INTERRUPTED). */
    Optional<Status> storedStatus(UUID id) {
        return jdbc.sql("select status from feeding.imports where id = :id").param("id", id)
                .query((rs, n) -> Status.valueOf(rs.getString(1))).optional();
    }

    /**
     * Claims an interrupted or failed import for another run: an interrupted one keeps its status, a failed one
     * runs again what failed (its apply, once applying had started, else its dry run). Returns the status to
     * run, empty if the import is neither interrupted nor failed (a click too many).
     */
    Optional<Status> claimAgain(UUID id, Instant at) {
        return jdbc.sql("""
                update feeding.imports i set status = case when i.status <> 'FAILED' then i.status
                        when i.apply_started_at is null then 'RUNNING' else 'APPLYING' end,
                    error_key = null, heartbeat_at = :at, updated_at = :at
                where i.id = :id and (i.status = 'FAILED' or (i.status in ('RUNNING', 'APPLYING') and i.heartbeat_at < :stale
                    and not exists (select 1 from feeding.import_lease l where l.import_id = i.id and l.heartbeat_at >= :stale)))
                returning i.status""")
                .param("at", Timestamp.from(at)).param("stale", Timestamp.from(lease.staleBefore())).param("id", id)
                .query((rs, n) -> Status.valueOf(rs.getString(1))).optional();
    }

    /** Runs a dry run again with a new column mapping, if the import is ready or failed (never once applied). */
    boolean restart(UUID id, String mapping, Instant at) {
        return jdbc.sql("""
                update feeding.imports set status = 'RUNNING', mapping = cast(:mapping as jsonb), report = null,
                    error_key = null, updated_at = :at, heartbeat_at = :at, apply_started_at = null
                where id = :id and status in ('READY', 'FAILED')""")
                .param("mapping", mapping).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    void finish(UUID id, Status status, @Nullable Report report, @Nullable String errorKey, Instant at) {
        jdbc.sql("""
                update feeding.imports set status = :status, report = coalesce(cast(:report as jsonb), report),
                    error_key = :error, updated_at = :at where id = :id""")
                .param("status", status.name()).param("report", report == null ? null : json.writeValueAsString(report))
                .param("error", errorKey).param("at", Timestamp.from(at)).param("id", id).update();
    }

    Optional<ImportView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from feeding.imports i where id = :id").param("id", id)
                .param("stale", Timestamp.from(lease.staleBefore())).query((rs, n) -> view(rs)).optional();
    }

    /** The latest imports, of some structures only unless {@code structures} is null. */
    List<ImportView> history(@Nullable List<StructureId> structures, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from feeding.imports i
                where cast(:all as boolean) or structure_id = any(:structures)
                order by created_at desc limit :limit""")
                .param("all", structures == null).param("stale", Timestamp.from(lease.staleBefore()))
                .param("structures", structures == null ? new UUID[0]
                        : structures.stream().map(StructureId::value).toArray(UUID[]::new))
                .param("limit", limit)
                .query((rs, n) -> view(rs)).list();
    }

    private ImportView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        String report = rs.getString("report");
        UUID structure = rs.getObject("structure_id", UUID.class);
        return new ImportView(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
                Status.valueOf(rs.getString("status")), rs.getBoolean("full_import"),
                structure == null ? null : new StructureId(structure), rs.getString("profile"),
                new PersonId(rs.getObject("created_by", UUID.class)), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                json.readValue(rs.getString("files"), new TypeReference<List<FileInfo>>() { }),
                report == null ? null : json.readValue(report, Report.class), rs.getString("error_key"));
    }
}
