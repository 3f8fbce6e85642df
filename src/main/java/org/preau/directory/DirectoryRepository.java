package org.preau.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.directory.DirectoryViews.FunctionRef;
import org.preau.directory.DirectoryViews.Membership;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the {@code directory} schema. */
@Repository
class DirectoryRepository {

    private static final String STRUCTURE_COLUMNS = "s.id as s_id, s.uai as s_uai, s.name as s_name, s.type as s_type";

    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    DirectoryRepository(JdbcClient jdbc, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    record PersonRow(PersonId id, String firstName, String lastName, String displayName) {
    }

    Optional<PersonRow> person(PersonId id) {
        return jdbc.sql("select id, first_name, last_name, display_name from directory.persons where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new PersonRow(new PersonId(rs.getObject("id", UUID.class)),
                        rs.getString("first_name"), rs.getString("last_name"), rs.getString("display_name")))
                .optional();
    }

    List<Membership> memberships(PersonId id) {
        return jdbc.sql("""
                select p.profile, %s
                from directory.person_profiles p join directory.structures s on s.id = p.structure_id
                where p.person_id = :id
                order by s.name, p.profile""".formatted(STRUCTURE_COLUMNS))
                .param("id", id.value())
                .query((rs, n) -> new Membership(Profile.valueOf(rs.getString("profile")), structure(rs)))
                .list();
    }

    /** Classes a person is a member of or teaches, with the subjects taught there. */
    List<ClassRef> classes(PersonId id) {
        return classes(List.of(id)).getOrDefault(id, List.of());
    }

    /** {@link #classes(PersonId)} of several people, in one query. */
    java.util.Map<PersonId, List<ClassRef>> classes(java.util.Collection<PersonId> people) {
        java.util.Map<PersonId, List<ClassRef>> byPerson = new java.util.HashMap<>();
        jdbc.sql("""
                with links as (
                    select m.person_id, m.class_id from directory.class_members m where m.person_id = any(:ids)
                    union
                    select t.person_id, t.class_id from directory.teachings t where t.person_id = any(:ids))
                select l.person_id, c.id as c_id, c.name as c_name, %s,
                       coalesce(array_agg(distinct sub.label order by sub.label)
                                filter (where sub.label is not null), '{}') as subjects
                from links l
                join directory.classes c on c.id = l.class_id
                join directory.structures s on s.id = c.structure_id
                left join directory.teachings t on t.class_id = c.id and t.person_id = l.person_id
                left join directory.subjects sub on sub.id = t.subject_id
                group by l.person_id, c.id, c.name, s.id, s.uai, s.name, s.type
                order by s.name, c.name""".formatted(STRUCTURE_COLUMNS))
                .param("ids", people.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> {
                    byPerson.computeIfAbsent(new PersonId(rs.getObject("person_id", UUID.class)),
                            k -> new java.util.ArrayList<>()).add(classRef(rs));
                    return 0;
                })
                .list();
        return byPerson;
    }

    /**
     * The directory's revision: it moves with every write of who is who (a trigger on its
     * tables), so that what was read at one revision is still true while it stays put.
     */
    long revision() {
        return jdbc.sql("select case when is_called then last_value else 0 end from directory.revision")
                .query(Long.class).single();
    }

    record ChildRow(PersonId id, String displayName) {
    }

    List<ChildRow> children(PersonId relative) {
        return jdbc.sql("""
                select p.id, p.display_name from directory.family_links f
                join directory.persons p on p.id = f.child_id
                where f.relative_id = :id order by p.first_name""")
                .param("id", relative.value())
                .query((rs, n) -> new ChildRow(new PersonId(rs.getObject("id", UUID.class)), rs.getString("display_name")))
                .list();
    }

    List<FunctionRef> functions(PersonId id) {
        return jdbc.sql("""
                select f.function, %s from directory.functions f
                left join directory.structures s on s.id = f.structure_id
                where f.person_id = :id order by f.function, s.name""".formatted(STRUCTURE_COLUMNS))
                .param("id", id.value())
                .query((rs, n) -> new FunctionRef(AdminFunction.valueOf(rs.getString("function")),
                        rs.getObject("s_id") == null ? null : structure(rs)))
                .list();
    }

    List<PersonId> pupilIds(ClassId classId) {
        return jdbc.sql("""
                select p.id from directory.class_members m join directory.persons p on p.id = m.person_id
                join directory.person_profiles pp on pp.person_id = p.id and pp.profile = 'STUDENT'
                where m.class_id = :c and p.state = 'ACTIVE' order by p.id""")
                .param("c", classId.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    List<PersonId> relativeIds(java.util.Collection<PersonId> children) {
        return jdbc.sql("""
                select distinct f.relative_id from directory.family_links f
                join directory.persons p on p.id = f.relative_id
                where f.child_id = any(:c) and p.state = 'ACTIVE' order by f.relative_id""")
                .param("c", children.stream().map(PersonId::value).toArray(UUID[]::new))
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    List<PersonId> localAdminIds(StructureId structure) {
        return jdbc.sql("""
                select f.person_id from directory.functions f join directory.persons p on p.id = f.person_id
                where f.function = 'LOCAL_ADMIN' and f.structure_id = :s and p.state = 'ACTIVE' order by f.person_id""")
                .param("s", structure.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    List<PersonId> centralAdminIds() {
        return jdbc.sql("""
                select distinct f.person_id from directory.functions f join directory.persons p on p.id = f.person_id
                where f.function = 'CENTRAL_ADMIN' and p.state = 'ACTIVE' order by f.person_id""")
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    java.util.Map<PersonId, String> displayNames(java.util.Collection<PersonId> people) {
        java.util.Map<PersonId, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, display_name from directory.persons where id = any(:ids)")
                .param("ids", people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(rs -> {
                    names.put(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return names;
    }

    Optional<String> state(PersonId id) {
        return jdbc.sql("select state from directory.persons where id = :id").param("id", id.value())
                .query(String.class).optional();
    }

    ContactDetails contact(PersonId id) {
        return jdbc.sql("select email, mobile from directory.persons where id = :id").param("id", id.value())
                .query((rs, n) -> new ContactDetails(rs.getString("email"), rs.getString("mobile"))).single();
    }

    void updateContact(PersonId id, ContactDetails details) {
        jdbc.sql("update directory.persons set email = :email, mobile = :mobile, updated_at = :now where id = :id")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("email", details.email()).param("mobile", details.mobile()).param("id", id.value()).update();
    }

    List<StructureRef> structures() {
        return jdbc.sql("select %s from directory.structures s order by s.name".formatted(STRUCTURE_COLUMNS))
                .query((rs, n) -> structure(rs)).list();
    }

    List<StructureRef> structuresOf(PersonId person) {
        return jdbc.sql("""
                select %s from directory.structures s
                where s.id in (select structure_id from directory.person_profiles where person_id = :id
                               union select structure_id from directory.functions where person_id = :id)
                order by s.name""".formatted(STRUCTURE_COLUMNS))
                .param("id", person.value()).query((rs, n) -> structure(rs)).list();
    }

    Optional<StructureRef> structureByUai(String uai) {
        return jdbc.sql("select %s from directory.structures s where s.uai = :uai".formatted(STRUCTURE_COLUMNS))
                .param("uai", uai).query((rs, n) -> structure(rs)).optional();
    }

    StructureId insertStructure(String uai, String name, StructureType type) {
        return new StructureId(jdbc.sql("insert into directory.structures (uai, name, type) values (:uai, :name, :type) returning id")
                .param("uai", uai).param("name", name).param("type", type.name())
                .query(UUID.class).single());
    }

    ClassId insertClass(StructureId structure, String name, @Nullable String level) {
        return new ClassId(jdbc.sql("insert into directory.classes (structure_id, name, level) values (:s, :name, :level) returning id")
                .param("s", structure.value()).param("name", name).param("level", level)
                .query(UUID.class).single());
    }

    UUID subjectId(StructureId structure, String code, String label) {
        return jdbc.sql("""
                insert into directory.subjects (structure_id, code, label) values (:s, :code, :label)
                on conflict (structure_id, code) do update set label = excluded.label returning id""")
                .param("s", structure.value()).param("code", code).param("label", label)
                .query(UUID.class).single();
    }

    PersonId insertPerson(String firstName, String lastName, String source) {
        return new PersonId(jdbc.sql("""
                insert into directory.persons (first_name, last_name, display_name, source)
                values (:first, :last, :display, :source) returning id""")
                .param("first", firstName).param("last", lastName)
                .param("display", firstName + " " + lastName).param("source", source)
                .query(UUID.class).single());
    }

    void insertProfile(PersonId person, StructureId structure, Profile profile) {
        jdbc.sql("insert into directory.person_profiles values (:p, :s, :profile) on conflict do nothing")
                .param("p", person.value()).param("s", structure.value()).param("profile", profile.name()).update();
    }

    void insertClassMember(ClassId classId, PersonId person) {
        jdbc.sql("insert into directory.class_members values (:c, :p) on conflict do nothing")
                .param("c", classId.value()).param("p", person.value()).update();
    }

    void insertTeaching(PersonId teacher, ClassId classId, UUID subject) {
        jdbc.sql("insert into directory.teachings values (:p, :c, :s) on conflict do nothing")
                .param("p", teacher.value()).param("c", classId.value()).param("s", subject).update();
    }

    void insertFamilyLink(PersonId relative, PersonId child, boolean legalGuardian) {
        jdbc.sql("insert into directory.family_links values (:r, :c, :g) on conflict do nothing")
                .param("r", relative.value()).param("c", child.value()).param("g", legalGuardian).update();
    }

    void insertFunction(PersonId person, AdminFunction function, @Nullable StructureId structure) {
        jdbc.sql("insert into directory.functions values (:p, :f, :s) on conflict do nothing")
                .param("p", person.value()).param("f", function.name())
                .param("s", structure == null ? null : structure.value()).update();
    }

    private static StructureRef structure(ResultSet rs) throws SQLException {
        return new StructureRef(new StructureId(rs.getObject("s_id", UUID.class)), rs.getString("s_uai"),
                rs.getString("s_name"), StructureType.valueOf(rs.getString("s_type")));
    }

    private static ClassRef classRef(ResultSet rs) throws SQLException {
        String[] subjects = (String[]) rs.getArray("subjects").getArray();
        return new ClassRef(new ClassId(rs.getObject("c_id", UUID.class)), rs.getString("c_name"), structure(rs),
                Arrays.asList(subjects));
    }
}
