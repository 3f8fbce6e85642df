package org.preau.directory;

import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.preau.directory.SyncPlanner.Existing;
import org.preau.directory.SyncPlanner.PlannedPerson;
import org.preau.platform.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People of a register: bulk reads and writes for imports. */
@Repository
class SyncPersonRepository {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SyncPersonRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Everyone the register {@code source} has fed, with their state and structures. */
    Map<String, Existing> existing(String source) {
        Map<String, Existing> result = new HashMap<>();
        jdbc.sql("""
                select p.id, p.external_id, p.register_profile, p.fingerprint, p.state,
                       coalesce(array_agg(s.external_id) filter (where s.external_id is not null), '{}') as structures,
                       coalesce(array_agg('uai:' || s.uai) filter (where s.uai is not null), '{}') as uais
                from directory.persons p
                left join directory.person_profiles pp on pp.person_id = p.id
                left join directory.structures s on s.id = pp.structure_id
                where p.source = :source and p.external_id is not null
                group by p.id""")
                .param("source", source)
                .query(rs -> {
                    String[] structures = (String[]) rs.getArray("structures").getArray();
                    String[] uais = (String[]) rs.getArray("uais").getArray();
                    String profile = rs.getString("register_profile");
                    result.put(rs.getString("external_id"), new Existing(new PersonId(rs.getObject("id", UUID.class)),
                            rs.getString("external_id"), profile == null ? Profile.GUEST : Profile.valueOf(profile),
                            rs.getString("fingerprint"), rs.getString("state"), Set.of(structures), Set.of(uais)));
                });
        return result;
    }

    /** The active people of the register among these external ids, by external id. */
    List<SyncModel.RegisterPerson> active(String source, Collection<String> externalIds) {
        return jdbc.sql("""
                select id, external_id, first_name, last_name from directory.persons
                where source = :source and state = 'ACTIVE' and external_id = any(:ids)
                order by external_id""")
                .param("source", source).param("ids", externalIds.toArray(String[]::new))
                .query((rs, n) -> new SyncModel.RegisterPerson(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    void insert(List<PlannedPerson> persons, Map<String, PersonId> ids, String source) {
        batch.batchUpdate("""
                insert into directory.persons (id, first_name, last_name, display_name, birth_date, email, source,
                    external_id, state, mef_code, fingerprint, register_profile)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)
                on conflict do nothing""", persons, BATCH, (ps, p) -> {
                    var person = p.person();
                    ps.setObject(1, ids.get(person.externalId()).value());
                    ps.setString(2, person.firstName());
                    ps.setString(3, person.lastName());
                    ps.setString(4, person.firstName() + " " + person.lastName());
                    ps.setObject(5, person.birthDate() == null ? null : Date.valueOf(person.birthDate()));
                    ps.setString(6, person.email());
                    ps.setString(7, source);
                    ps.setString(8, person.externalId());
                    ps.setString(9, person.mefCode());
                    ps.setString(10, p.fingerprint());
                    ps.setString(11, person.profile().name());
                });
    }

    void update(List<PlannedPerson> persons, Instant now) {
        batch.batchUpdate("""
                update directory.persons set first_name = ?, last_name = ?, display_name = ?, birth_date = ?,
                    email = coalesce(?, email), mef_code = ?, fingerprint = ?, register_profile = ?, state = 'ACTIVE',
                    detached_at = null, blocked_at = null, delete_after = null, updated_at = ?
                where id = ?""", persons, BATCH, (ps, p) -> {
                    var person = p.person();
                    ps.setString(1, person.firstName());
                    ps.setString(2, person.lastName());
                    ps.setString(3, person.firstName() + " " + person.lastName());
                    ps.setObject(4, person.birthDate() == null ? null : Date.valueOf(person.birthDate()));
                    ps.setString(5, person.email());
                    ps.setString(6, person.mefCode());
                    ps.setString(7, p.fingerprint());
                    ps.setString(8, person.profile().name());
                    ps.setTimestamp(9, Timestamp.from(now));
                    ps.setObject(10, p.existingId().value());
                });
    }

    /** Drops the register-owned links (profiles, classes, teachings) of these people. */
    void clearLinks(Collection<PersonId> persons) {
        if (persons.isEmpty()) {
            return;
        }
        batch.execute((java.sql.Connection c) -> {
            Array ids = c.createArrayOf("uuid", persons.stream().map(PersonId::value).toArray());
            for (String table : List.of("person_profiles", "class_members", "teachings")) {
                try (var ps = c.prepareStatement("delete from directory." + table + " where person_id = any(?)")) {
                    ps.setArray(1, ids);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Drops these people's memberships and teachings in the register's groups ({@code imported}: rewritten
     * from the batch) or, once their profiles are written, in the groups of structures they left.
     */
    void clearGroupLinks(Collection<PersonId> persons, boolean imported) {
        if (persons.isEmpty()) {
            return;
        }
        String where = imported ? "g.external_id is not null" : """
                not exists (select 1 from directory.person_profiles pp
                            where pp.person_id = x.person_id and pp.structure_id = g.structure_id)""";
        batch.execute((java.sql.Connection c) -> {
            Array ids = c.createArrayOf("uuid", persons.stream().map(PersonId::value).toArray());
            for (String table : List.of("group_members", "group_teachings")) {
                try (var ps = c.prepareStatement("delete from directory." + table + " x using directory.groups g "
                        + "where g.id = x.group_id and x.person_id = any(?) and " + where)) {
                    ps.setArray(1, ids);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    void insertGroupMembers(List<Object[]> rows) {
        batch.batchUpdate("insert into directory.group_members values (?, ?) on conflict do nothing", rows);
    }

    void insertGroupTeachings(List<Object[]> rows) {
        batch.batchUpdate("insert into directory.group_teachings values (?, ?, ?) on conflict do nothing", rows);
    }

    void insertProfiles(List<Object[]> rows) {
        batch.batchUpdate("insert into directory.person_profiles values (?, ?, ?) on conflict do nothing", rows);
    }

    void insertClassMembers(List<Object[]> rows) {
        batch.batchUpdate("insert into directory.class_members values (?, ?) on conflict do nothing", rows);
    }

    void insertTeachings(List<Object[]> rows) {
        batch.batchUpdate("insert into directory.teachings values (?, ?, ?) on conflict do nothing", rows);
    }

    /** Replaces the parents of these children. */
    void replaceFamilyLinks(Collection<PersonId> children, List<Object[]> rows) {
        if (!children.isEmpty()) {
            batch.execute((java.sql.Connection c) -> {
                try (var ps = c.prepareStatement("delete from directory.family_links where child_id = any(?)")) {
                    ps.setArray(1, c.createArrayOf("uuid", children.stream().map(PersonId::value).toArray()));
                    ps.executeUpdate();
                }
                return null;
            });
        }
        batch.batchUpdate("insert into directory.family_links values (?, ?, ?) on conflict do nothing", rows);
    }

    /** The one active pupil of that name in the structure (and class, when given), if there is exactly one. */
    java.util.Optional<PersonId> findPupil(org.preau.platform.StructureId structure, String lastName, String firstName,
            @org.jspecify.annotations.Nullable String className) {
        List<UUID> found = jdbc.sql("""
                select p.id from directory.persons p
                join directory.person_profiles pp on pp.person_id = p.id and pp.profile = 'STUDENT' and pp.structure_id = :s
                where p.state = 'ACTIVE'
                  and directory.search_form(p.last_name) = directory.search_form(:last)
                  and directory.search_form(p.first_name) = directory.search_form(:first)
                  and (cast(:class as text) is null or exists (select 1 from directory.class_members m
                       join directory.classes c on c.id = m.class_id where m.person_id = p.id and c.name = :class))
                limit 2""")
                .param("s", structure.value()).param("last", lastName).param("first", firstName).param("class", className)
                .query(UUID.class).list();
        return found.size() == 1 ? java.util.Optional.of(new PersonId(found.getFirst())) : java.util.Optional.empty();
    }

    /** People who left the register: out of their classes and groups, pending deletion. */
    void detach(Collection<PersonId> persons, Instant now, Instant deleteAfter) {
        batch.batchUpdate("""
                update directory.persons set state = 'DETACHED', detached_at = ?, delete_after = ?, updated_at = ?
                where id = ?""", persons, BATCH, (ps, id) -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setTimestamp(2, Timestamp.from(deleteAfter));
                    ps.setTimestamp(3, Timestamp.from(now));
                    ps.setObject(4, id.value());
                });
        batch.batchUpdate("delete from directory.class_members where person_id = ?", persons, BATCH,
                (ps, id) -> ps.setObject(1, id.value()));
        for (String table : List.of("teachings", "group_members", "group_teachings")) {
            batch.batchUpdate("delete from directory." + table + " where person_id = ?", persons, BATCH,
                    (ps, id) -> ps.setObject(1, id.value()));
        }
    }
}
