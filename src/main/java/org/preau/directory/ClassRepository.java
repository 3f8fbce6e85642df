package org.preau.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.directory.ClassPage.Pupil;
import org.preau.directory.ClassPage.Teacher;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the class page and of the viewer's relation to a class. */
@Repository
class ClassRepository {

    /** How the viewer relates to a class, which decides what they may see of it. */
    enum Relation {
        MEMBER, TEACHER, STAFF, PARENT, NONE
    }

    private final JdbcClient jdbc;

    ClassRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ClassRef> classRef(ClassId id) {
        return jdbc.sql("""
                select c.id, c.name, s.id as s_id, s.uai, s.name as s_name, s.type
                from directory.classes c join directory.structures s on s.id = c.structure_id where c.id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new ClassRef(id, rs.getString("name"),
                        new StructureRef(new StructureId(rs.getObject("s_id", UUID.class)), rs.getString("uai"),
                                rs.getString("s_name"), StructureType.valueOf(rs.getString("type"))),
                        List.of()))
                .optional();
    }

    Relation relation(PersonId viewer, ClassId classId) {
        return jdbc.sql("""
                select case
                  when exists (select 1 from directory.teachings where class_id = :c and person_id = :me) then 'TEACHER'
                  when exists (select 1 from directory.class_members m join directory.person_profiles pp
                               on pp.person_id = m.person_id and pp.profile = 'TEACHER'
                               where m.class_id = :c and m.person_id = :me) then 'TEACHER'
                  when exists (select 1 from directory.class_members where class_id = :c and person_id = :me) then 'MEMBER'
                  when exists (select 1 from directory.classes c join directory.person_profiles pp
                               on pp.structure_id = c.structure_id and pp.profile in ('TEACHER', 'PERSONNEL')
                               where c.id = :c and pp.person_id = :me)
                    or exists (select 1 from directory.classes c join directory.functions f
                               on f.structure_id = c.structure_id where c.id = :c and f.person_id = :me) then 'STAFF'
                  when exists (select 1 from directory.class_members m join directory.family_links f
                               on f.child_id = m.person_id where m.class_id = :c and f.relative_id = :me) then 'PARENT'
                  else 'NONE' end""")
                .param("c", classId.value()).param("me", viewer.value())
                .query((rs, n) -> Relation.valueOf(rs.getString(1))).single();
    }

    List<Teacher> teachers(ClassId classId) {
        return jdbc.sql("""
                select p.id, p.display_name,
                       coalesce(array_agg(distinct s.label order by s.label) filter (where s.label is not null), '{}') as subjects
                from directory.persons p
                left join directory.teachings t on t.person_id = p.id and t.class_id = :c
                left join directory.subjects s on s.id = t.subject_id
                where p.state = 'ACTIVE' and (t.class_id is not null or p.id in (
                    select m.person_id from directory.class_members m join directory.person_profiles pp
                    on pp.person_id = m.person_id and pp.profile = 'TEACHER' where m.class_id = :c))
                group by p.id, p.display_name, p.last_name order by p.last_name, p.display_name""")
                .param("c", classId.value())
                .query((rs, n) -> new Teacher(new PersonId(rs.getObject("id", UUID.class)), rs.getString("display_name"),
                        Arrays.asList((String[]) rs.getArray("subjects").getArray())))
                .list();
    }

    /** The pupils of a class (only {@code onlyChildrenOf}'s children when that is given), with their parents. */
    List<Pupil> pupils(ClassId classId, boolean withParents, PersonId onlyChildrenOf, boolean restrict) {
        return jdbc.sql("""
                select p.id, p.display_name,
                       coalesce(array_agg(r.display_name order by r.display_name) filter (where r.id is not null), '{}') as parents
                from directory.class_members m
                join directory.persons p on p.id = m.person_id
                join directory.person_profiles pp on pp.person_id = p.id and pp.profile = 'STUDENT'
                left join directory.family_links f on f.child_id = p.id and :withParents
                left join directory.persons r on r.id = f.relative_id
                where m.class_id = :c and p.state = 'ACTIVE'
                  and (not :restrict or p.id in (select child_id from directory.family_links where relative_id = :me))
                group by p.id, p.display_name, p.last_name, p.first_name order by p.last_name, p.first_name""")
                .param("c", classId.value()).param("withParents", withParents).param("restrict", restrict)
                .param("me", onlyChildrenOf.value())
                .query((rs, n) -> new Pupil(new PersonId(rs.getObject("id", UUID.class)), rs.getString("display_name"),
                        Arrays.asList((String[]) rs.getArray("parents").getArray())))
                .list();
    }
}
