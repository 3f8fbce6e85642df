package org.preau.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.preau.access.RightsRules.Grant;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rules' tables: reading them whole, and each structure's adaptations. */
@Repository
class RightsRepository {

    private final JdbcClient jdbc;

    RightsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long version() {
        return jdbc.sql("select version from access.rules_version").query(Long.class).single();
    }

    /** Marks the rules changed, in the caller's transaction. */
    void bumpVersion() {
        jdbc.sql("update access.rules_version set version = version + 1").update();
    }

    /** The whole rules at their current version (a few hundred rows for a territory). */
    RightsRules load() {
        long version = version();
        Map<UUID, Set<String>> roleActions = new HashMap<>();
        jdbc.sql("select r.id, a.action from access.roles r left join access.role_actions a on a.role_id = r.id")
                .query(rs -> {
                    Set<String> actions = roleActions.computeIfAbsent(rs.getObject(1, UUID.class), r -> new HashSet<>());
                    if (rs.getString(2) != null) {
                        actions.add(rs.getString(2));
                    }
                });
        Map<RightsProfile, Set<UUID>> defaults = new EnumMap<>(RightsProfile.class);
        Map<RightsProfile, Set<String>> ceilings = new EnumMap<>(RightsProfile.class);
        jdbc.sql("select profile, role_id, mode from access.profile_roles").query(rs -> {
            RightsProfile profile = RightsProfile.valueOf(rs.getString(1));
            UUID role = rs.getObject(2, UUID.class);
            if ("DEFAULT".equals(rs.getString(3))) {
                defaults.computeIfAbsent(profile, p -> new HashSet<>()).add(role);
            }
            ceilings.computeIfAbsent(profile, p -> new HashSet<>()).addAll(roleActions.getOrDefault(role, Set.of()));
        });
        Map<StructureId, Map<RightsProfile, Set<UUID>>> exclusions = new HashMap<>();
        jdbc.sql("select structure_id, profile, role_id from access.structure_exclusions").query(rs -> {
            exclusions.computeIfAbsent(new StructureId(rs.getObject(1, UUID.class)), s -> new EnumMap<>(RightsProfile.class))
                    .computeIfAbsent(RightsProfile.valueOf(rs.getString(2)), p -> new HashSet<>())
                    .add(rs.getObject(3, UUID.class));
        });
        Map<StructureId, List<Grant>> grants = new HashMap<>();
        jdbc.sql("select id, structure_id, group_id, role_id, by_central from access.grants order by granted_at, id")
                .query(rs -> {
                    grants.computeIfAbsent(new StructureId(rs.getObject(2, UUID.class)), s -> new ArrayList<>())
                            .add(new Grant(rs.getObject(1, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                                    rs.getBoolean(5)));
                });
        return new RightsRules(version, frozen(roleActions), frozen(defaults), frozen(ceilings),
                exclusions.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> frozen(e.getValue()))),
                grants.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
    }

    private static <K, V> Map<K, Set<V>> frozen(Map<K, Set<V>> map) {
        Map<K, Set<V>> copy = new HashMap<>();
        map.forEach((key, values) -> copy.put(key, Set.copyOf(values)));
        return Map.copyOf(copy);
    }

    // --- a structure's adaptations ---

    void exclude(StructureId structure, RightsProfile profile, UUID role) {
        jdbc.sql("insert into access.structure_exclusions values (:s, :p, :r) on conflict do nothing")
                .param("s", structure.value()).param("p", profile.name()).param("r", role).update();
    }

    void include(StructureId structure, RightsProfile profile, UUID role) {
        jdbc.sql("delete from access.structure_exclusions where structure_id = :s and profile = :p and role_id = :r")
                .param("s", structure.value()).param("p", profile.name()).param("r", role).update();
    }

    void grant(StructureId structure, String group, UUID role, boolean byCentral, PersonId by, Instant at) {
        jdbc.sql("""
                insert into access.grants (structure_id, group_id, role_id, by_central, granted_by, granted_at)
                values (:s, :g, :r, :c, :by, :at)
                on conflict (structure_id, group_id, role_id) do update set by_central = excluded.by_central,
                    granted_by = excluded.granted_by, granted_at = excluded.granted_at""")
                .param("s", structure.value()).param("g", group).param("r", role).param("c", byCentral)
                .param("by", by.value()).param("at", java.sql.Timestamp.from(at)).update();
    }

    void revoke(StructureId structure, String group, UUID role) {
        jdbc.sql("delete from access.grants where structure_id = :s and group_id = :g and role_id = :r")
                .param("s", structure.value()).param("g", group).param("r", role).update();
    }

    boolean revoke(StructureId structure, UUID grant) {
        return jdbc.sql("delete from access.grants where structure_id = :s and id = :id")
                .param("s", structure.value()).param("id", grant).update() == 1;
    }
}
