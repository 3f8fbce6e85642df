package org.preau.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.preau.directory.AdminViews.Member;
import org.preau.directory.TeachingGroupAdmin.GroupSummary;
import org.preau.directory.TeachingGroupAdmin.SubjectOption;
import org.preau.directory.TeachingGroupAdmin.TeacherLine;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the console's teaching groups: a structure's groups, their teachers, pupils and candidates. */
@Repository
class TeachingGroupAdminRepository {

    private final JdbcClient jdbc;

    TeachingGroupAdminRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The structure's teaching groups (marked, or taught), with their pupil counts; teachers are added after. */
    List<GroupSummary> groups(StructureId structure) {
        Map<UUID, GroupSummary> groups = new LinkedHashMap<>();
        jdbc.sql("""
                select g.id, g.name, g.external_id is not null as imported,
                       (select count(*) from directory.group_members m join directory.persons p on p.id = m.person_id
                        join directory.person_profiles pp on pp.person_id = p.id and pp.structure_id = g.structure_id
                             and pp.profile = 'STUDENT'
                        where m.group_id = g.id and p.state = 'ACTIVE') as pupils
                from directory.groups g
                where g.structure_id = :s and g.kind = 'MANUAL'
                  and (g.teaching or exists (select 1 from directory.group_teachings t where t.group_id = g.id))
                order by g.name""")
                .param("s", structure.value())
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    groups.put(id, new GroupSummary(id, rs.getString(2), rs.getBoolean(3), new ArrayList<>(),
                            rs.getLong(4)));
                });
        if (!groups.isEmpty()) {
            teachers(groups.keySet()).forEach((group, lines) -> groups.get(group).teachers().addAll(lines));
        }
        return List.copyOf(groups.values());
    }

    Map<UUID, List<TeacherLine>> teachers(java.util.Collection<UUID> groups) {
        Map<UUID, List<TeacherLine>> result = new LinkedHashMap<>();
        jdbc.sql("""
                select t.group_id, p.id, p.display_name, s.id, s.label from directory.group_teachings t
                join directory.persons p on p.id = t.person_id join directory.subjects s on s.id = t.subject_id
                where t.group_id = any(:g) order by p.last_name, p.first_name, s.label""")
                .param("g", groups.toArray(UUID[]::new))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new TeacherLine(new PersonId(rs.getObject(2, UUID.class)), rs.getString(3),
                                    rs.getObject(4, UUID.class), rs.getString(5)));
                });
        return result;
    }

    UUID create(StructureId structure, String name) {
        return jdbc.sql("""
                insert into directory.groups (structure_id, name, kind, teaching) values (:s, :n, 'MANUAL', true)
                returning id""").param("s", structure.value()).param("n", name).query(UUID.class).single();
    }

    /** The group's active pupils. */
    List<Member> pupils(UUID group) {
        return jdbc.sql("""
                select p.id, p.display_name from directory.group_members m join directory.groups g on g.id = m.group_id
                join directory.persons p on p.id = m.person_id
                join directory.person_profiles pp on pp.person_id = p.id and pp.structure_id = g.structure_id
                     and pp.profile = 'STUDENT'
                where m.group_id = :g and p.state = 'ACTIVE' order by p.last_name, p.first_name""")
                .param("g", group).query((rs, n) -> new Member(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
    }

    /** Active pupils of a class of the structure who are not yet in the group. */
    List<Member> pupilsOfClass(StructureId structure, ClassId classId, UUID group) {
        return jdbc.sql("""
                select p.id, p.display_name from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.persons p on p.id = m.person_id
                join directory.person_profiles pp on pp.person_id = p.id and pp.structure_id = c.structure_id
                     and pp.profile = 'STUDENT'
                where c.id = :c and c.structure_id = :s and p.state = 'ACTIVE'
                  and not exists (select 1 from directory.group_members gm where gm.group_id = :g and gm.person_id = p.id)
                order by p.last_name, p.first_name""")
                .param("c", classId.value()).param("s", structure.value()).param("g", group)
                .query((rs, n) -> new Member(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2))).list();
    }

    /** The structure's active teachers. */
    List<Member> teachersOf(StructureId structure) {
        return jdbc.sql("""
                select p.id, p.display_name from directory.person_profiles pp join directory.persons p on p.id = pp.person_id
                where pp.structure_id = :s and pp.profile = 'TEACHER' and p.state = 'ACTIVE'
                order by p.last_name, p.first_name""")
                .param("s", structure.value())
                .query((rs, n) -> new Member(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2))).list();
    }

    /** The subjects of the structure and of the whole territory. */
    List<SubjectOption> subjects(StructureId structure) {
        return jdbc.sql("""
                select id, label from directory.subjects where structure_id = :s or structure_id is null
                order by label""").param("s", structure.value())
                .query((rs, n) -> new SubjectOption(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** Adds an active pupil of the group's structure; false for anyone else. */
    boolean addPupil(UUID group, PersonId person) {
        return jdbc.sql("""
                insert into directory.group_members
                select g.id, :p from directory.groups g
                where g.id = :g and exists (select 1 from directory.person_profiles pp join directory.persons p
                                            on p.id = pp.person_id and p.state = 'ACTIVE'
                                            where pp.person_id = :p and pp.structure_id = g.structure_id
                                              and pp.profile = 'STUDENT')
                on conflict do nothing""")
                .param("g", group).param("p", person.value()).update() == 1;
    }

    boolean isPupil(UUID group, PersonId person) {
        return jdbc.sql("select exists (select 1 from directory.group_members where group_id = :g and person_id = :p)")
                .param("g", group).param("p", person.value()).query(Boolean.class).single();
    }

    boolean isTeaching(UUID group, PersonId person, UUID subject) {
        return jdbc.sql("""
                select exists (select 1 from directory.group_teachings
                               where group_id = :g and person_id = :p and subject_id = :sub)""")
                .param("g", group).param("p", person.value()).param("sub", subject).query(Boolean.class).single();
    }

    void removePupil(UUID group, PersonId person) {
        jdbc.sql("delete from directory.group_members where group_id = :g and person_id = :p")
                .param("g", group).param("p", person.value()).update();
    }

    /** Records that a teacher of the group's structure teaches one of its subjects there; false otherwise. */
    boolean addTeaching(UUID group, PersonId teacher, UUID subject) {
        return jdbc.sql("""
                insert into directory.group_teachings
                select :p, g.id, sub.id from directory.groups g
                join directory.subjects sub on sub.id = :sub and (sub.structure_id = g.structure_id or sub.structure_id is null)
                where g.id = :g and exists (select 1 from directory.person_profiles pp
                                            where pp.person_id = :p and pp.structure_id = g.structure_id
                                              and pp.profile = 'TEACHER')
                on conflict do nothing""")
                .param("g", group).param("p", teacher.value()).param("sub", subject).update() == 1;
    }

    void removeTeaching(UUID group, PersonId teacher, UUID subject) {
        jdbc.sql("delete from directory.group_teachings where group_id = :g and person_id = :p and subject_id = :sub")
                .param("g", group).param("p", teacher.value()).param("sub", subject).update();
    }
}
