package org.preau.directory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.preau.directory.DirectoryViews.PersonGroups;
import org.preau.platform.GroupRef;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In one query, every group a person belongs to: what rights and rules are given to. */
@Repository
class PersonGroupsRepository {

    private final JdbcClient jdbc;

    PersonGroupsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PersonGroups groupsOf(PersonId person) {
        Map<StructureId, Set<Profile>> profiles = new HashMap<>();
        Map<StructureId, Set<String>> groups = new HashMap<>();
        Set<StructureId> administered = new HashSet<>();
        boolean[] central = { false };
        jdbc.sql("""
                select structure_id, 'P' as kind, profile as value from directory.person_profiles where person_id = :p
                union all
                select c.structure_id, 'G', 'class:' || c.id || ':STUDENT' from directory.class_members m
                join directory.classes c on c.id = m.class_id
                join directory.person_profiles pp on pp.person_id = m.person_id and pp.structure_id = c.structure_id
                     and pp.profile = 'STUDENT'
                where m.person_id = :p
                union
                select c.structure_id, 'G', 'class:' || c.id || ':TEACHER' from directory.teachings t
                join directory.classes c on c.id = t.class_id where t.person_id = :p
                union
                select c.structure_id, 'G', 'class:' || c.id || ':TEACHER' from directory.class_members m
                join directory.classes c on c.id = m.class_id
                join directory.person_profiles pp on pp.person_id = m.person_id and pp.structure_id = c.structure_id
                     and pp.profile = 'TEACHER'
                where m.person_id = :p
                union
                select c.structure_id, 'G', 'class:' || c.id || ':RELATIVE' from directory.family_links f
                join directory.class_members m on m.person_id = f.child_id
                join directory.classes c on c.id = m.class_id where f.relative_id = :p
                union all
                select g.structure_id, 'G', 'group:' || g.id from directory.group_members gm
                join directory.groups g on g.id = gm.group_id where gm.person_id = :p and g.kind = 'MANUAL'
                union all
                select structure_id, 'F', function from directory.functions where person_id = :p""")
                .param("p", person.value())
                .query((rs, n) -> {
                    UUID structureId = rs.getObject("structure_id", UUID.class);
                    String value = rs.getString("value");
                    switch (rs.getString("kind")) {
                        case "P" -> profiles.computeIfAbsent(new StructureId(structureId), s -> new HashSet<>())
                                .add(Profile.valueOf(value));
                        case "G" -> groups.computeIfAbsent(new StructureId(structureId), s -> new HashSet<>()).add(value);
                        default -> {
                            if (structureId == null) {
                                central[0] = true;
                            } else {
                                administered.add(new StructureId(structureId));
                            }
                        }
                    }
                    return value;
                })
                .list();
        Map<StructureId, PersonGroups.InStructure> structures = new HashMap<>();
        Set<StructureId> all = new HashSet<>(profiles.keySet());
        all.addAll(groups.keySet());
        all.addAll(administered);
        for (StructureId s : all) {
            Set<Profile> held = profiles.getOrDefault(s, Set.of());
            Set<String> ids = new HashSet<>(groups.getOrDefault(s, Set.of()));
            held.forEach(p -> ids.add(new GroupRef.OfStructure(s, p).id()));
            structures.put(s, new PersonGroups.InStructure(held, ids, administered.contains(s)));
        }
        return new PersonGroups(structures, central[0]);
    }
}
