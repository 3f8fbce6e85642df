package org.preau.directory;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.preau.directory.AdminViews.ClassLine;
import org.preau.directory.AdminViews.PeopleFilter;
import org.preau.directory.AdminViews.PendingDeletion;
import org.preau.directory.AdminViews.PersonLine;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the admin console: lists scoped to one structure, person details, states. */
@Repository
class AdminRepository {

    private static final String FILTERED = """
            from directory.persons p
            where p.id in (select person_id from directory.person_profiles where structure_id = :s
                           and (cast(:profile as text) is null or profile = :profile))
              and (cast(:state as text) is null or p.state = :state)
              and (cast(:class as uuid) is null or p.id in (select person_id from directory.class_members where class_id = :class
                                                  union select person_id from directory.teachings where class_id = :class))
              and (cast(:q as text) is null
                   or p.search_text like '%' || directory.search_form(cast(:q as text)) || '%' escape '\\')
            """;

    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    AdminRepository(JdbcClient jdbc, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    List<StructureId> localAdminStructures(PersonId person) {
        return jdbc.sql("select structure_id from directory.functions where person_id = :p and function = 'LOCAL_ADMIN'")
                .param("p", person.value()).query(UUID.class).list().stream().map(StructureId::new).toList();
    }

    List<PersonLine> people(StructureId structure, PeopleFilter filter, int limit, int offset) {
        return filtered(jdbc.sql("""
                select p.id, p.display_name, p.state, p.source,
                  coalesce((select array_agg(distinct profile order by profile) from directory.person_profiles
                            where person_id = p.id and structure_id = :s), '{}') as profiles,
                  coalesce((select array_agg(distinct c.name order by c.name) from directory.classes c
                            where c.structure_id = :s and c.id in (select class_id from directory.class_members where person_id = p.id
                                                                   union select class_id from directory.teachings where person_id = p.id)), '{}') as classes
                """ + FILTERED + " order by p.last_name, p.first_name, p.id limit :limit offset :offset"), structure, filter)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new PersonLine(new PersonId(rs.getObject("id", UUID.class)), rs.getString("display_name"),
                        Arrays.stream((String[]) rs.getArray("profiles").getArray()).map(Profile::valueOf).toList(),
                        Arrays.asList((String[]) rs.getArray("classes").getArray()), rs.getString("state"),
                        rs.getString("source")))
                .list();
    }

    long count(StructureId structure, PeopleFilter filter) {
        return filtered(jdbc.sql("select count(*) " + FILTERED), structure, filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec spec, StructureId structure,
            PeopleFilter filter) {
        return spec.param("s", structure.value())
                .param("profile", filter.profile() == null ? null : filter.profile().name())
                .param("state", filter.state())
                .param("class", filter.classId() == null ? null : filter.classId().value())
                .param("q", filter.query() == null ? null
                        : filter.query().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
    }

    List<ClassLine> classes(StructureId structure) {
        return jdbc.sql("""
                select c.id, c.name, c.level,
                  (select count(*) from directory.class_members m join directory.person_profiles pp
                     on pp.person_id = m.person_id and pp.profile = 'STUDENT' and pp.structure_id = c.structure_id
                   where m.class_id = c.id) as pupils,
                  (select count(distinct person_id) from directory.teachings t where t.class_id = c.id) as teachers
                from directory.classes c where c.structure_id = :s order by c.name""")
                .param("s", structure.value())
                .query((rs, n) -> new ClassLine(new ClassId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("level"), rs.getLong("pupils"), rs.getLong("teachers")))
                .list();
    }

    record PersonRecord(String state, String source, String externalId, java.time.LocalDate birthDate, String email,
            Timestamp detachedAt, Timestamp deleteAfter, String blockedReason) {
    }

    Optional<PersonRecord> record(PersonId id) {
        return jdbc.sql("""
                select state, source, external_id, birth_date, email, detached_at, delete_after, blocked_reason
                from directory.persons where id = :id""").param("id", id.value())
                .query((rs, n) -> new PersonRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class), rs.getString(5), rs.getTimestamp(6), rs.getTimestamp(7),
                        rs.getString(8)))
                .optional();
    }

    List<String> parents(PersonId child) {
        return jdbc.sql("""
                select p.display_name from directory.family_links f join directory.persons p on p.id = f.relative_id
                where f.child_id = :id order by p.display_name""").param("id", child.value()).query(String.class).list();
    }

    /** Those of {@code people} who hold a profile in one of {@code structures}. */
    java.util.Set<PersonId> inStructures(java.util.Collection<PersonId> people, List<StructureId> structures) {
        if (people.isEmpty() || structures.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                select distinct person_id from directory.person_profiles
                where person_id = any(:people) and structure_id = any(:structures)""")
                .param("people", people.stream().map(PersonId::value).toArray(UUID[]::new))
                .param("structures", structures.stream().map(StructureId::value).toArray(UUID[]::new))
                .query(UUID.class).list().stream().map(PersonId::new).toList());
    }

    boolean holdsAdminFunction(PersonId person) {
        return jdbc.sql("select exists (select 1 from directory.functions where person_id = :p and function in ('LOCAL_ADMIN', 'CENTRAL_ADMIN'))")
                .param("p", person.value()).query(Boolean.class).single();
    }

    List<StructureId> structuresOf(PersonId person) {
        return jdbc.sql("select distinct structure_id from directory.person_profiles where person_id = :p")
                .param("p", person.value()).query(UUID.class).list().stream().map(StructureId::new).toList();
    }

    void setState(PersonId id, String state, @Nullable String reason) {
        jdbc.sql("""
                update directory.persons set state = :state, updated_at = :now,
                  blocked_at = case when :state = 'BLOCKED' then cast(:now as timestamptz) else null end,
                  blocked_reason = case when :state = 'BLOCKED' then cast(:reason as text) end
                where id = :id""").param("now", java.sql.Timestamp.from(clock.instant())).param("state", state)
                .param("reason", reason).param("id", id.value()).update();
    }

    void updateIdentity(PersonId id, String firstName, String lastName, java.time.LocalDate birthDate) {
        jdbc.sql("""
                update directory.persons set first_name = :f, last_name = :l, display_name = :f || ' ' || :l,
                  birth_date = :b, updated_at = :now where id = :id""")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("f", firstName).param("l", lastName).param("b", birthDate).param("id", id.value()).update();
    }

    java.util.Optional<StructureId> structureOfClass(ClassId classId) {
        return jdbc.sql("select structure_id from directory.classes where id = :c").param("c", classId.value())
                .query(UUID.class).optional().map(StructureId::new);
    }

    /** The active pupils of a class, each followed by their parents. */
    List<AdminViews.LetterRecipient> letterRecipients(ClassId classId) {
        return jdbc.sql("""
                select x.id, x.display_name, x.profile, x.pupil_name from (
                  select p.id, p.display_name, 'STUDENT' as profile, p.display_name as pupil_name,
                         p.last_name as k1, p.first_name as k2, 0 as k3
                  from directory.class_members m join directory.persons p on p.id = m.person_id
                  join directory.person_profiles pp on pp.person_id = p.id and pp.profile = 'STUDENT'
                  where m.class_id = :c and p.state = 'ACTIVE'
                  union all
                  select r.id, r.display_name, 'RELATIVE', p.display_name, p.last_name, p.first_name, 1
                  from directory.class_members m join directory.persons p on p.id = m.person_id
                  join directory.person_profiles pp on pp.person_id = p.id and pp.profile = 'STUDENT'
                  join directory.family_links f on f.child_id = p.id
                  join directory.persons r on r.id = f.relative_id and r.state = 'ACTIVE'
                  where m.class_id = :c and p.state = 'ACTIVE') x
                order by x.k1, x.k2, x.pupil_name, x.k3, x.display_name""")
                .param("c", classId.value())
                .query((rs, n) -> new AdminViews.LetterRecipient(new PersonId(rs.getObject(1, UUID.class)),
                        rs.getString(2), Profile.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    List<PendingDeletion> pendingDeletion(StructureId structure) {
        return jdbc.sql("""
                select p.id, p.display_name, p.state, p.detached_at, p.delete_after from directory.persons p
                where p.delete_after is not null
                  and p.id in (select person_id from directory.person_profiles where structure_id = :s)
                order by p.delete_after, p.last_name""").param("s", structure.value())
                .query((rs, n) -> new PendingDeletion(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Deletes a person pending deletion in the structure (not an active one); whether it did. */
    boolean deletePending(StructureId structure, PersonId person) {
        return jdbc.sql("""
                delete from directory.persons p where p.id = :p and p.state <> 'ACTIVE' and p.delete_after is not null
                  and p.id in (select person_id from directory.person_profiles where structure_id = :s)""")
                .param("p", person.value()).param("s", structure.value()).update() == 1;
    }
}
