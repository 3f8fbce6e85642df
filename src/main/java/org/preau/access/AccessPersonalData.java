package org.preau.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The access module's part of "Mes données": what is shared with the person personally, what
 * they own and shared, and what they changed in the access model as an admin (ids and values,
 * as in the audit). Roles are given to profiles, classes and groups, never to one person.
 */
@Component
class AccessPersonalData implements PersonalDataPart {

    record Share(String resourceType, String resourceId, String grantee, int level, List<String> extras,
            @Nullable UUID grantedBy, Instant grantedAt) {
    }

    record Owned(String resourceType, String resourceId, Instant createdAt) {
    }

    record Change(String table, @Nullable UUID structure, String change, String detail, Instant at) {
    }

    private final JdbcClient jdbc;

    AccessPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "access";
    }

    @Override
    public void export(PersonId person, PersonalDataExport export) {
        UUID p = person.value();
        export.json("shared-with-me", jdbc.sql("""
                select resource_type, resource_id, grantee, level, extras, granted_by, granted_at from access.shares
                where grantee = :g order by granted_at""")
                .param("g", Sharing.personKey(person)).query(this::share).list());
        export.json("owned", jdbc.sql("""
                select resource_type, resource_id, created_at from access.share_resources where owner_id = :p
                order by created_at, resource_type, resource_id""")
                .param("p", p).query((rs, n) -> new Owned(rs.getString(1), rs.getString(2), at(rs, 3))).list());
        export.json("shared-by-me", jdbc.sql("""
                select resource_type, resource_id, grantee, level, extras, null, granted_at from access.shares
                where granted_by = :p order by granted_at""")
                .param("p", p).query(this::share).list());
        export.json("admin-changes", jdbc.sql("""
                select 'audit', structure_id, change, detail, at from access.audit where actor_id = :p
                union all
                select 'grant', structure_id, 'ROLE_GRANTED', group_id || ' ' || role_id, granted_at
                from access.grants where granted_by = :p
                union all
                select 'communication_link', from_structure, 'LINK_CREATED', from_group || ' -> ' || to_group, created_at
                from access.communication_links where created_by = :p
                union all
                select 'kill_switch', structure_id, 'KILL_SWITCH', mode, set_at from access.kill_switches where set_by = :p
                order by 5""")
                .param("p", p).query((rs, n) -> new Change(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), at(rs, 5))).list());
    }

    private Share share(ResultSet rs, int row) throws SQLException {
        return new Share(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getObject(6, UUID.class), at(rs, 7));
    }

    private static @Nullable Instant at(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
