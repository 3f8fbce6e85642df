package org.preau.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Manual groups of a structure and their members. */
@Repository
class GroupRepository {

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID create(StructureId structure, String name) {
        return jdbc.sql("insert into directory.groups (structure_id, name, kind) values (:s, :n, 'MANUAL') returning id")
                .param("s", structure.value()).param("n", name).query(UUID.class).single();
    }

    List<AdminViews.GroupLine> groups(StructureId structure) {
        return jdbc.sql("""
                select g.id, g.name, (select count(*) from directory.group_members m where m.group_id = g.id) as members
                from directory.groups g where g.structure_id = :s and g.kind = 'MANUAL' order by g.name""")
                .param("s", structure.value())
                .query((rs, n) -> new AdminViews.GroupLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
                .list();
    }

    Optional<StructureId> structureOf(UUID group) {
        return jdbc.sql("select structure_id from directory.groups where id = :g and kind = 'MANUAL'")
                .param("g", group).query(UUID.class).optional().map(StructureId::new);
    }

    /** Whether the group was read from a register (its members are the register's). */
    boolean imported(UUID group) {
        return jdbc.sql("select external_id is not null from directory.groups where id = :g").param("g", group)
                .query(Boolean.class).optional().orElse(false);
    }

    Optional<String> name(UUID group) {
        return jdbc.sql("select name from directory.groups where id = :g").param("g", group).query(String.class).optional();
    }

    List<AdminViews.Member> members(UUID group) {
        return jdbc.sql("""
                select p.id, p.display_name from directory.group_members m join directory.persons p on p.id = m.person_id
                where m.group_id = :g order by p.last_name, p.first_name""")
                .param("g", group)
                .query((rs, n) -> new AdminViews.Member(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
    }

    /** Adds a member who belongs to the group's structure; false otherwise. */
    boolean add(UUID group, PersonId person) {
        return jdbc.sql("""
                insert into directory.group_members
                select g.id, :p from directory.groups g
                where g.id = :g and exists (select 1 from directory.person_profiles pp
                                            where pp.person_id = :p and pp.structure_id = g.structure_id)
                on conflict do nothing""")
                .param("g", group).param("p", person.value()).update() == 1;
    }

    void remove(UUID group, PersonId person) {
        jdbc.sql("delete from directory.group_members where group_id = :g and person_id = :p")
                .param("g", group).param("p", person.value()).update();
    }

    void delete(UUID group) {
        jdbc.sql("delete from directory.groups where id = :g and kind = 'MANUAL'").param("g", group).update();
    }

    /** A named thing (class, structure, manual group) and the structure it belongs to. */
    record Named(UUID id, String name, StructureId structure, String structureName) {
    }

    private static final String NAMED = """
            select x.id, x.name, s.id, s.name from %s x join directory.structures s on s.id = x.structure_id
            where %s order by x.name""";

    List<Named> classesOf(StructureId structure) {
        return named("directory.classes", "x.structure_id = :s").param("s", structure.value()).query(this::named).list();
    }

    List<Named> manualGroupsOf(StructureId structure) {
        return named("directory.groups", "x.structure_id = :s and x.kind = 'MANUAL'").param("s", structure.value())
                .query(this::named).list();
    }

    Optional<Named> classNamed(UUID id) {
        return named("directory.classes", "x.id = :id").param("id", id).query(this::named).optional();
    }

    Optional<Named> manualGroupNamed(UUID id) {
        return named("directory.groups", "x.id = :id and x.kind = 'MANUAL'").param("id", id).query(this::named)
                .optional();
    }

    Optional<org.preau.directory.DirectoryViews.StructureRef> structureRef(StructureId id) {
        return jdbc.sql("select id, uai, name, type from directory.structures where id = :id").param("id", id.value())
                .query((rs, n) -> new org.preau.directory.DirectoryViews.StructureRef(id, rs.getString(2), rs.getString(3),
                        StructureType.valueOf(rs.getString(4))))
                .optional();
    }

    Optional<String> structureName(StructureId id) {
        return jdbc.sql("select name from directory.structures where id = :id").param("id", id.value())
                .query(String.class).optional();
    }

    private JdbcClient.StatementSpec named(String table, String where) {
        return jdbc.sql(NAMED.formatted(table, where));
    }

    private Named named(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Named(rs.getObject(1, UUID.class), rs.getString(2), new StructureId(rs.getObject(3, UUID.class)),
                rs.getString(4));
    }

    /** How many active people a group holds, and how many of them are in {@code scope}. */
    long[] size(String groupId, SearchScope scope) {
        var single = new SearchScope(false, java.util.Set.of(groupId), java.util.Set.of(), java.util.Set.of());
        var spec = jdbc.sql("with " + ScopeSql.people("members", "group") + ", " + ScopeSql.people("visible", "scope") + """
                select count(*), count(*) filter (where cast(:everyone as boolean)
                                                        or m.person_id in (select person_id from visible))
                from members m join directory.persons p on p.id = m.person_id where p.state = 'ACTIVE'""");
        return ScopeSql.bind(ScopeSql.bind(spec, "group", single), "scope", scope).param("everyone", scope.everyone())
                .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
    }
}
