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
}
