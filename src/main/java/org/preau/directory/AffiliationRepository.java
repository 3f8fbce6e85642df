package org.preau.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.preau.directory.Affiliations.GroupMembership;
import org.preau.directory.Affiliations.Kin;
import org.preau.directory.Affiliations.Kinship;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One query for the groups, family and functions of a few people, through the function
 * {@code directory.affiliations}. Its definition of the automatic groups is the one
 * {@link ScopeSql} expands: pupils of a class hold the
 * {@code STUDENT} profile in its structure, teachers of a class teach there or are members
 * holding {@code TEACHER}, parents of a class are the parents of its pupils.
 */
@Repository
class AffiliationRepository {

    /** {@code directory.affiliations} (migration V202611251659) holds the definition of the groups. */
    private static final String SQL = "select * from directory.affiliations(:ids)";

    private final JdbcClient jdbc;

    AffiliationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the query, before it is sorted into each person's affiliations. */
    private record Row(UUID person, String kind, String group, UUID structure, UUID classId, String profile,
            UUID other) {
    }

    Map<PersonId, Affiliations> of(Collection<PersonId> people) {
        Map<PersonId, Affiliations> result = new HashMap<>();
        if (people.isEmpty()) {
            return result;
        }
        List<Row> rows = jdbc.sql(SQL)
                .param("ids", people.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6),
                        rs.getObject(7, UUID.class)))
                .list();
        Map<UUID, List<Row>> byPerson = new HashMap<>();
        rows.forEach(r -> byPerson.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r));
        for (PersonId person : people) {
            result.put(person, affiliations(person, byPerson.getOrDefault(person.value(), List.of())));
        }
        return result;
    }

    private static Affiliations affiliations(PersonId person, List<Row> rows) {
        boolean active = false;
        boolean central = false;
        Set<StructureId> administered = new LinkedHashSet<>();
        Set<GroupMembership> groups = new LinkedHashSet<>();
        Set<Kin> family = new LinkedHashSet<>();
        for (Row r : rows) {
            switch (r.kind()) {
                case "STATE" -> active = "ACTIVE".equals(r.group());
                case "CENTRAL_ADMIN" -> central = true;
                case "LOCAL_ADMIN" -> administered.add(new StructureId(r.structure()));
                case "G" -> groups.add(new GroupMembership(r.group(), new StructureId(r.structure()),
                        r.classId() == null ? null : new ClassId(r.classId()), Profile.valueOf(r.profile())));
                default -> family.add(new Kin(new PersonId(r.other()), Kinship.valueOf(r.kind()),
                        new StructureId(r.structure())));
            }
        }
        return new Affiliations(person, active, central, List.copyOf(administered), new ArrayList<>(groups),
                new ArrayList<>(family));
    }

    /** The display names of some people (those who exist). */
    Map<PersonId, String> displayNames(Collection<PersonId> people) {
        Map<PersonId, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from directory.persons where id = any(:ids)")
                .param("ids", people.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }
}
