package org.preau.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shareable resources (owner, parent) and their shares. */
@Repository
class SharingRepository {

    /** A resource and its ancestors, nearest first, each with its owner. */
    private static final String CHAIN = """
            with recursive chain as (
                select resource_type, resource_id, owner_id, parent_type, parent_id, 0 as depth
                from access.share_resources where resource_type = :t and resource_id = :id
                union all
                select r.resource_type, r.resource_id, r.owner_id, r.parent_type, r.parent_id, c.depth + 1
                from access.share_resources r join chain c on r.resource_type = c.parent_type and r.resource_id = c.parent_id
                where c.depth < 32
            )
            """;

    private final JdbcClient jdbc;

    SharingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a resource (or updates its owner and parent); a parent not yet known is recorded without owner. */
    void register(ShareRef ref, @Nullable PersonId owner, @Nullable ShareRef parent) {
        if (parent != null) {
            ensure(parent);
        }
        jdbc.sql("""
                insert into access.share_resources (resource_type, resource_id, owner_id, parent_type, parent_id)
                values (:t, :id, :owner, :pt, :pid)
                on conflict (resource_type, resource_id) do update
                set owner_id = coalesce(excluded.owner_id, access.share_resources.owner_id),
                    parent_type = excluded.parent_type, parent_id = excluded.parent_id""")
                .param("t", ref.type()).param("id", ref.id()).param("owner", owner == null ? null : owner.value())
                .param("pt", parent == null ? null : parent.type()).param("pid", parent == null ? null : parent.id())
                .update();
    }

    /** Records a resource shared before its application registered it: no owner, no parent. */
    void ensure(ShareRef ref) {
        jdbc.sql("insert into access.share_resources (resource_type, resource_id) values (:t, :id) on conflict do nothing")
                .param("t", ref.type()).param("id", ref.id()).update();
    }

    void forget(ShareRef ref) {
        jdbc.sql("delete from access.share_resources where resource_type = :t and resource_id = :id")
                .param("t", ref.type()).param("id", ref.id()).update();
    }

    /** A share found on the resource ({@code depth} 0) or an ancestor; no grantee when that resource has none. */
    record ChainRow(int depth, ShareRef resource, @Nullable PersonId owner, @Nullable String grantee,
            @Nullable ShareRights rights) {
    }

    /** The resource's ancestry with the shares of {@code grantees} (all shares when null), nearest first. */
    List<ChainRow> chain(ShareRef ref, String @Nullable [] grantees) {
        return jdbc.sql(CHAIN + """
                select c.depth, c.resource_type, c.resource_id, c.owner_id, s.grantee, s.level, s.extras
                from chain c left join access.shares s on s.resource_type = c.resource_type and s.resource_id = c.resource_id
                     and (cast(:all as boolean) or s.grantee = any(:grantees))
                order by c.depth, s.granted_at""")
                .param("t", ref.type()).param("id", ref.id()).param("all", grantees == null)
                .param("grantees", grantees == null ? new String[0] : grantees)
                .query((rs, n) -> {
                    UUID owner = rs.getObject(4, UUID.class);
                    String grantee = rs.getString(5);
                    return new ChainRow(rs.getInt(1), new ShareRef(rs.getString(2), rs.getString(3)),
                            owner == null ? null : new PersonId(owner), grantee,
                            grantee == null ? null : new ShareRights(ShareRights.Level.values()[rs.getInt(6) - 1],
                                    new HashSet<>(Arrays.asList((String[]) rs.getArray(7).getArray()))));
                })
                .list();
    }

    void share(ShareRef ref, String grantee, ShareRights rights, PersonId by, Instant at) {
        jdbc.sql("""
                insert into access.shares (resource_type, resource_id, grantee, level, extras, granted_by, granted_at)
                values (:t, :id, :g, :level, :extras, :by, :at)
                on conflict (resource_type, resource_id, grantee) do update
                set level = excluded.level, extras = excluded.extras, granted_by = excluded.granted_by,
                    granted_at = excluded.granted_at""")
                .param("t", ref.type()).param("id", ref.id()).param("g", grantee)
                .param("level", rights.level().ordinal() + 1).param("extras", rights.extras().toArray(String[]::new))
                .param("by", by.value()).param("at", java.sql.Timestamp.from(at)).update();
    }

    boolean revoke(ShareRef ref, String grantee) {
        return jdbc.sql("delete from access.shares where resource_type = :t and resource_id = :id and grantee = :g")
                .param("t", ref.type()).param("id", ref.id()).param("g", grantee).update() > 0;
    }

    /**
     * Resources of {@code type} shared with one of {@code grantees}, directly or through an
     * ancestor, that {@code me} does not own.
     */
    List<ShareRef> sharedWith(Collection<String> grantees, String type, PersonId me, int limit) {
        return jdbc.sql("select resource_type, resource_id from access.shared_with(:g, :type, :me, :limit)")
                .param("g", grantees.toArray(String[]::new)).param("type", type).param("me", me.value())
                .param("limit", limit)
                .query((rs, n) -> new ShareRef(rs.getString(1), rs.getString(2))).list();
    }

    /** People deleted from the directory: their shares go, their resources lose their owner. */
    void forgetPeople(Collection<PersonId> people) {
        String[] grantees = people.stream().map(Sharing::personKey).toArray(String[]::new);
        UUID[] ids = people.stream().map(PersonId::value).toArray(UUID[]::new);
        jdbc.sql("delete from access.shares where grantee = any(:g)").param("g", grantees).update();
        jdbc.sql("update access.share_resources set owner_id = null where owner_id = any(:ids)").param("ids", ids).update();
    }

    /** Two records of one person merged: the removed one's shares and resources pass to the kept one. */
    void merge(PersonId kept, PersonId removed) {
        jdbc.sql("""
                insert into access.shares (resource_type, resource_id, grantee, level, extras, granted_by, granted_at)
                select resource_type, resource_id, :kept, level, extras, granted_by, granted_at
                from access.shares where grantee = :removed
                on conflict (resource_type, resource_id, grantee) do update
                set level = greatest(access.shares.level, excluded.level)""")
                .param("kept", Sharing.personKey(kept)).param("removed", Sharing.personKey(removed)).update();
        jdbc.sql("delete from access.shares where grantee = :removed").param("removed", Sharing.personKey(removed)).update();
        jdbc.sql("update access.share_resources set owner_id = :kept where owner_id = :removed")
                .param("kept", kept.value()).param("removed", removed.value()).update();
    }
}
