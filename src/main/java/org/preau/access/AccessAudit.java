package org.preau.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every change admins make to the access model: roles, territory defaults, a
 * structure's rights, communication rules and explicit rules, the kill switch, shares. Who,
 * when, in which structure and what, with ids and values only; written in the transaction of
 * the change, so that no change goes unrecorded. The console's audit page searches it.
 */
@Service
public class AccessAudit {

    /** What changed. */
    public enum Change {
        ROLE_SAVED, ROLE_DELETED, DEFAULTS_SET, RIGHTS_SAVED, ROLE_GRANTED, GRANT_REVOKED, RULE_DEFAULT_SET, RULE_SET,
        RULE_RESET, LINK_ADDED, LINK_REMOVED, COMMUNICATIONS_SUSPENDED, COMMUNICATIONS_RESTORED, SHARED, SHARE_REVOKED
    }

    /** One change: {@code structure} null for the territory's, {@code detail} ids and values only. */
    public record Entry(Instant at, Change change, PersonId actor, @Nullable StructureId structure, String detail) {
    }

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Clock clock;

    AccessAudit(JdbcClient jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** Records a change, in the caller's transaction. */
    void record(PreauUser actor, @Nullable StructureId structure, Change change, String detail) {
        jdbc.sql("""
                insert into access.audit (at, actor_id, structure_id, change, detail)
                values (:at, :actor, :structure, :change, :detail)""")
                .param("at", Timestamp.from(clock.instant())).param("actor", actor.personId().value())
                .param("structure", structure == null ? null : structure.value()).param("change", change.name())
                .param("detail", detail).update();
    }

    /**
     * The latest changes an admin may see, optionally of one kind and one structure: all for the
     * central admin, those of the structures they administer for a local admin.
     */
    @Transactional(readOnly = true)
    public List<Entry> search(PreauUser viewer, @Nullable Change change, @Nullable StructureId structure, int limit) {
        var affiliations = directory.affiliations(viewer.personId());
        boolean central = affiliations.centralAdmin();
        UUID[] administered = affiliations.administered().stream().map(StructureId::value).toArray(UUID[]::new);
        if (!central && administered.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                select at, change, actor_id, structure_id, detail from access.audit
                where (cast(:change as text) is null or change = :change)
                  and (cast(:structure as uuid) is null or structure_id = :structure)
                  and (:central or structure_id = any(:administered))
                order by at desc, id desc limit :limit""")
                .param("change", change == null ? null : change.name())
                .param("structure", structure == null ? null : structure.value())
                .param("central", central).param("administered", administered).param("limit", limit)
                .query((rs, n) -> {
                    UUID where = rs.getObject(4, UUID.class);
                    return new Entry(rs.getTimestamp(1).toInstant(), Change.valueOf(rs.getString(2)),
                            new PersonId(rs.getObject(3, UUID.class)), where == null ? null : new StructureId(where),
                            rs.getString(5));
                })
                .list();
    }
}
