package org.preau.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.preau.directory.DirectoryGroups.GroupSize;
import org.preau.directory.DirectoryGroups.Member;
import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who a message to some groups goes to, in one query whatever the number of groups: the
 * active members of each group (for the parents of a class, the legal guardians of its
 * pupils), each marked with whether a scope holds them; or only how many they are.
 */
@Repository
class GroupMemberRepository {

    /** {@code members(id, person_id)}: each requested group (a row of {@code targets}) and its active members. */
    private static final String MEMBERS = """
            targets(id, kind, key, profile) as (
                select * from unnest(cast(:ids as text[]), cast(:kinds as text[]), cast(:keys as uuid[]),
                                     cast(:profiles as text[]))
            ),
            members(id, person_id) as (
                select t.id, x.person_id from targets t cross join lateral (
                    select m.person_id from directory.class_members m join directory.classes c on c.id = m.class_id
                    join directory.person_profiles pp on pp.person_id = m.person_id and pp.structure_id = c.structure_id
                         and pp.profile = t.profile
                    where t.kind = 'CLASS' and t.profile in ('STUDENT', 'TEACHER') and m.class_id = t.key
                    union select te.person_id from directory.teachings te
                    where t.kind = 'CLASS' and t.profile = 'TEACHER' and te.class_id = t.key
                    union select f.relative_id from directory.class_members m
                    join directory.classes c on c.id = m.class_id
                    join directory.person_profiles pp on pp.person_id = m.person_id and pp.structure_id = c.structure_id
                         and pp.profile = 'STUDENT'
                    join directory.family_links f on f.child_id = m.person_id and f.legal_guardian
                    where t.kind = 'CLASS' and t.profile = 'RELATIVE' and m.class_id = t.key
                    union select pp.person_id from directory.person_profiles pp
                    where t.kind = 'STRUCTURE' and pp.structure_id = t.key and pp.profile = t.profile
                    union select gm.person_id from directory.group_members gm
                    where t.kind = 'MANUAL' and gm.group_id = t.key
                ) x
                join directory.persons p on p.id = x.person_id and p.state = 'ACTIVE'
            )
            """;

    private final JdbcClient jdbc;

    GroupMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<Member>> members(Collection<String> groupIds, SearchScope scope) {
        Map<String, List<Member>> members = new LinkedHashMap<>();
        groupIds.forEach(id -> members.put(id, new ArrayList<>()));
        statement("""
                select m.id, m.person_id, cast(:everyone as boolean) or m.person_id in (select person_id from visible)
                from members m order by m.id, m.person_id""", groupIds, scope)
                .query(rs -> {
                    members.get(rs.getString(1)).add(new Member(new PersonId(rs.getObject(2, UUID.class)),
                            rs.getBoolean(3)));
                });
        return members;
    }

    Map<String, GroupSize> sizes(Collection<String> groupIds, SearchScope scope, PersonId except) {
        Map<String, GroupSize> sizes = new LinkedHashMap<>();
        groupIds.forEach(id -> sizes.put(id, new GroupSize(0, 0)));
        statement("""
                select m.id, count(*), count(*) filter (where cast(:everyone as boolean)
                                                             or m.person_id in (select person_id from visible))
                from members m where m.person_id <> :except group by m.id""", groupIds, scope)
                .param("except", except.value())
                .query(rs -> {
                    sizes.put(rs.getString(1), new GroupSize(rs.getLong(2), rs.getLong(3)));
                });
        return sizes;
    }

    private JdbcClient.StatementSpec statement(String select, Collection<String> groupIds, SearchScope scope) {
        List<String> ids = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<UUID> keys = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        for (String id : groupIds) {
            var manual = DirectoryGroups.manualId(id);
            var key = AutoGroups.parse(id);
            if (manual.isPresent()) {
                ids.add(id);
                kinds.add("MANUAL");
                keys.add(manual.get());
                profiles.add("");
            } else if (key.isPresent()) {
                ids.add(id);
                kinds.add(key.get().classId() != null ? "CLASS" : "STRUCTURE");
                keys.add(key.get().classId() != null ? key.get().classId().value() : key.get().structureId().value());
                profiles.add(key.get().profile().name());
            }
        }
        var spec = jdbc.sql("with " + ScopeSql.people("visible", "scope") + ", " + MEMBERS + select)
                .param("ids", ids.toArray(String[]::new)).param("kinds", kinds.toArray(String[]::new))
                .param("keys", keys.toArray(UUID[]::new)).param("profiles", profiles.toArray(String[]::new))
                .param("everyone", scope.everyone());
        return ScopeSql.bind(spec, "scope", scope);
    }
}
