package org.preau.access;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles, their actions, and the territory's defaults per profile. */
@Repository
class RolesRepository {

    /** A role as the admin pages show it; {@code labelKey} names seeded roles until they are renamed. */
    record RoleRow(UUID id, String name, @Nullable String labelKey, Set<String> actions) {
    }

    /** What the territory does with a role for a profile. */
    enum Mode {
        NONE, ALLOWED, DEFAULT
    }

    private final JdbcClient jdbc;

    RolesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoleRow> roles() {
        Map<UUID, RoleRow> roles = new LinkedHashMap<>();
        jdbc.sql("""
                select r.id, r.name, r.label_key, a.action from access.roles r
                left join access.role_actions a on a.role_id = r.id order by r.created_at, r.name, r.id, a.action""")
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    String name = rs.getString(2);
                    String labelKey = rs.getString(3);
                    RoleRow role = roles.computeIfAbsent(id, r -> new RoleRow(r, name, labelKey, new TreeSet<>()));
                    if (rs.getString(4) != null) {
                        role.actions().add(rs.getString(4));
                    }
                });
        return roles.values().stream().map(r -> new RoleRow(r.id(), r.name(), r.labelKey(), Set.copyOf(r.actions())))
                .toList();
    }

    Optional<RoleRow> role(UUID id) {
        return roles().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    UUID create(String name, Set<String> actions) {
        UUID id = jdbc.sql("insert into access.roles (name) values (:n) returning id").param("n", name)
                .query(UUID.class).single();
        setActions(id, actions);
        return id;
    }

    /** Renames (a renamed seeded role keeps the admin's name in every language) and sets the actions. */
    boolean update(UUID id, String name, Set<String> actions) {
        int updated = jdbc.sql("""
                update access.roles set label_key = case when name = :n then label_key end, name = :n where id = :id""")
                .param("n", name).param("id", id).update();
        if (updated == 1) {
            setActions(id, actions);
        }
        return updated == 1;
    }

    private void setActions(UUID role, Set<String> actions) {
        jdbc.sql("delete from access.role_actions where role_id = :r").param("r", role).update();
        for (String action : actions) {
            jdbc.sql("insert into access.role_actions values (:r, :a)").param("r", role).param("a", action).update();
        }
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from access.roles where id = :id").param("id", id).update() == 1;
    }

    /** The territory's defaults: per profile, the mode of each role that has one. */
    Map<RightsProfile, Map<UUID, Mode>> profileModes() {
        Map<RightsProfile, Map<UUID, Mode>> modes = new EnumMap<>(RightsProfile.class);
        jdbc.sql("select profile, role_id, mode from access.profile_roles").query(rs -> {
            modes.computeIfAbsent(RightsProfile.valueOf(rs.getString(1)), p -> new HashMap<>())
                    .put(rs.getObject(2, UUID.class), Mode.valueOf(rs.getString(3)));
        });
        return modes;
    }

    void setProfileMode(RightsProfile profile, UUID role, Mode mode) {
        if (mode == Mode.NONE) {
            jdbc.sql("delete from access.profile_roles where profile = :p and role_id = :r")
                    .param("p", profile.name()).param("r", role).update();
            return;
        }
        jdbc.sql("""
                insert into access.profile_roles values (:p, :r, :m)
                on conflict (profile, role_id) do update set mode = excluded.mode""")
                .param("p", profile.name()).param("r", role).param("m", mode.name()).update();
    }

    /** How many grants of each role the structures made, to say where a role is used. */
    Map<UUID, Long> grantCounts() {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("select role_id, count(*) from access.grants group by role_id")
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }
}
