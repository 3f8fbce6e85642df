package org.preau.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.directory.TeachingGroups.GroupRef;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of teaching groups: groups with teachings ({@code directory.group_teachings}). */
@Repository
class TeachingGroupRepository {

    private final JdbcClient jdbc;
    private final DirectoryRepository directory;

    TeachingGroupRepository(JdbcClient jdbc, DirectoryRepository directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The taught groups each person is a member of or teaches (with the subjects they teach), in one query. */
    Map<PersonId, List<GroupRef>> of(Collection<PersonId> people) {
        Map<PersonId, List<GroupRef>> groups = new HashMap<>();
        jdbc.sql("""
                select x.person_id, g.id as g_id, g.name as g_name, s.id as s_id, s.uai as s_uai, s.name as s_name,
                       s.type as s_type,
                       coalesce(array_agg(distinct sub.label) filter (where sub.label is not null), '{}') as subjects
                from (select gm.person_id, gm.group_id, null::uuid as subject_id from directory.group_members gm
                      where gm.person_id = any(:ids)
                        and exists (select 1 from directory.group_teachings t where t.group_id = gm.group_id)
                      union all
                      select t.person_id, t.group_id, t.subject_id from directory.group_teachings t
                      where t.person_id = any(:ids)) x
                join directory.groups g on g.id = x.group_id
                join directory.structures s on s.id = g.structure_id
                left join directory.subjects sub on sub.id = x.subject_id
                group by x.person_id, g.id, g.name, s.id, s.uai, s.name, s.type
                order by s.name, g.name""")
                .param("ids", people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(rs -> {
                    groups.computeIfAbsent(new PersonId(rs.getObject("person_id", UUID.class)), k -> new ArrayList<>())
                            .add(row(rs));
                });
        return groups;
    }

    Optional<GroupRef> group(UUID id) {
        return jdbc.sql("""
                select g.id as g_id, g.name as g_name, s.id as s_id, s.uai as s_uai, s.name as s_name, s.type as s_type,
                       '{}'::text[] as subjects
                from directory.groups g join directory.structures s on s.id = g.structure_id
                where g.id = :g and exists (select 1 from directory.group_teachings t where t.group_id = g.id)""")
                .param("g", id).query((rs, n) -> row(rs)).optional();
    }

    List<PersonId> pupils(UUID group) {
        return jdbc.sql("""
                select p.id from directory.group_members m join directory.groups g on g.id = m.group_id
                join directory.persons p on p.id = m.person_id
                join directory.person_profiles pp on pp.person_id = p.id and pp.structure_id = g.structure_id
                                                 and pp.profile = 'STUDENT'
                where m.group_id = :g and p.state = 'ACTIVE' order by p.id""")
                .param("g", group).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    void insertTeaching(PersonId teacher, UUID group, StructureId structure, String code, String label) {
        jdbc.sql("""
                insert into directory.group_teachings
                select :p, g.id, :subject from directory.groups g where g.id = :g and g.structure_id = :s
                on conflict do nothing""")
                .param("p", teacher.value()).param("g", group).param("s", structure.value())
                .param("subject", directory.subjectId(structure, code, label)).update();
    }

    private static GroupRef row(ResultSet rs) throws SQLException {
        String[] subjects = (String[]) rs.getArray("subjects").getArray();
        Arrays.sort(subjects);
        return new GroupRef(rs.getObject("g_id", UUID.class), rs.getString("g_name"),
                new StructureRef(new StructureId(rs.getObject("s_id", UUID.class)), rs.getString("s_uai"),
                        rs.getString("s_name"), StructureType.valueOf(rs.getString("s_type"))),
                List.of(subjects));
    }
}
