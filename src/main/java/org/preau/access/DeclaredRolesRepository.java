package org.preau.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roles applications declare: found by key, and what their synchronisation already did. */
@Repository
class DeclaredRolesRepository {

    private final JdbcClient jdbc;

    DeclaredRolesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until the end of the transaction, no other node synchronises declared roles. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('access.declared-roles', 0))").query((rs, n) -> 1)
                .list();
    }

    Optional<UUID> roleId(String key) {
        return jdbc.sql("select id from access.roles where key = :k").param("k", key).query(UUID.class).optional();
    }

    Set<String> doneItems(String key) {
        return Set.copyOf(jdbc.sql("select item from access.declared_role_items where role_key = :k")
                .param("k", key).query(String.class).list());
    }

    void done(String key, String item, Instant at) {
        jdbc.sql("insert into access.declared_role_items values (:k, :i, :at) on conflict do nothing")
                .param("k", key).param("i", item).param("at", Timestamp.from(at)).update();
    }

    UUID create(String key, String name, String labelKey, Instant at) {
        return jdbc.sql("""
                insert into access.roles (name, label_key, key, created_at) values (:n, :l, :k, :at) returning id""")
                .param("n", name).param("l", labelKey).param("k", key).param("at", Timestamp.from(at))
                .query(UUID.class).single();
    }

    boolean addAction(UUID role, String action) {
        return jdbc.sql("insert into access.role_actions values (:r, :a) on conflict do nothing")
                .param("r", role).param("a", action).update() == 1;
    }

    boolean addProfile(UUID role, RightsProfile profile, RolesRepository.Mode mode) {
        return jdbc.sql("insert into access.profile_roles values (:p, :r, :m) on conflict do nothing")
                .param("p", profile.name()).param("r", role).param("m", mode.name()).update() == 1;
    }
}
