package org.preau.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is behind a group or a class, and which of them a viewer may see: the annuaire's
 * visibility (the annuaire's former visibility, kept here until messaging's RecipientRules asks access.Reach) applied to many people at once.
 */
@Repository
class AudienceRepository {

    /** Who a person may see: the annuaire's rules before access's communication rules (see RecipientRules). */
    static final String VISIBLE = """
            with my_profiles as (select structure_id, profile from directory.person_profiles where person_id = :me),
            my_classes as (select class_id from directory.class_members where person_id = :me
                           union select class_id from directory.teachings where person_id = :me),
            my_children as (select child_id from directory.family_links where relative_id = :me),
            children_classes as (select class_id from directory.class_members
                                 where person_id in (select child_id from my_children)),
            staff_structures as (select structure_id from my_profiles where profile in ('TEACHER', 'PERSONNEL')
                                 union select structure_id from directory.functions
                                       where person_id = :me and structure_id is not null),
            visible as (
                select person_id from directory.person_profiles
                    where structure_id in (select structure_id from staff_structures)
                union select person_id from directory.class_members where class_id in (select class_id from my_classes)
                union select person_id from directory.teachings
                    where class_id in (select class_id from my_classes union select class_id from children_classes)
                union select person_id from directory.person_profiles where profile = 'PERSONNEL'
                    and structure_id in (select structure_id from my_profiles
                                         union select structure_id from directory.person_profiles
                                               where person_id in (select child_id from my_children))
                union select relative_id from directory.family_links where child_id = :me
                union select child_id from my_children
                union select relative_id from directory.family_links
                    where child_id in (select child_id from my_children)
            ),
            visible_classes as (
                select id as class_id from directory.classes
                    where structure_id in (select structure_id from staff_structures)
                union select class_id from my_classes
                union select class_id from children_classes
            )
            """;


    private final JdbcClient jdbc;

    AudienceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active people among {@code targets} that {@code viewer} may see, with their names. */
    Map<PersonId, String> visible(PersonId viewer, boolean everyone, Collection<PersonId> targets) {
        if (targets.isEmpty()) {
            return Map.of();
        }
        return names(jdbc.sql(VISIBLE + """
                select p.id, p.display_name from directory.persons p
                where p.id = any(:targets::uuid[]) and p.state = 'ACTIVE'
                  and (:everyone or p.id in (select person_id from visible))""")
                .param("me", viewer.value()).param("everyone", everyone).param("targets", array(targets)));
    }

    /** Display names of people, whatever their state (names of those who wrote or received a message). */
    Map<PersonId, String> names(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return names(jdbc.sql("select id, display_name from directory.persons where id = any(:ids::uuid[])")
                .param("ids", array(ids)));
    }

    private static Map<PersonId, String> names(JdbcClient.StatementSpec statement) {
        Map<PersonId, String> names = new LinkedHashMap<>();
        statement.query(rs -> {
            names.put(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2));
        });
        return names;
    }

    /** Where a class or a manual group belongs, and its name. */
    record Owner(UUID structure, String name, String structureName) {
    }

    Optional<Owner> classOwner(UUID classId) {
        return jdbc.sql("""
                select c.structure_id, c.name, s.name from directory.classes c
                join directory.structures s on s.id = c.structure_id where c.id = :c""")
                .param("c", classId)
                .query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).optional();
    }

    Optional<Owner> structureOwner(UUID structure) {
        return jdbc.sql("select id, name, name from directory.structures where id = :s").param("s", structure)
                .query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).optional();
    }

    Optional<Owner> groupOwner(UUID group) {
        return jdbc.sql("""
                select g.structure_id, g.name, s.name from directory.groups g
                join directory.structures s on s.id = g.structure_id where g.id = :g and g.kind = 'MANUAL'""")
                .param("g", group)
                .query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).optional();
    }

    /** Whether the viewer is staff of the structure: a teacher or staff there, or one of its admins. */
    boolean staffOf(PersonId viewer, UUID structure) {
        return jdbc.sql("""
                select exists (select 1 from directory.person_profiles where person_id = :me and structure_id = :s
                                 and profile in ('TEACHER', 'PERSONNEL'))
                    or exists (select 1 from directory.functions where person_id = :me and structure_id = :s)""")
                .param("me", viewer.value()).param("s", structure).query(Boolean.class).single();
    }

    /** Whether the viewer sees the class in the annuaire: a member, a teacher or a parent of a pupil of it. */
    boolean related(PersonId viewer, UUID classId) {
        return jdbc.sql("""
                select exists (select 1 from directory.class_members where class_id = :c and person_id = :me)
                    or exists (select 1 from directory.teachings where class_id = :c and person_id = :me)
                    or exists (select 1 from directory.class_members m join directory.family_links f on f.child_id = m.person_id
                               where m.class_id = :c and f.relative_id = :me)""")
                .param("me", viewer.value()).param("c", classId).query(Boolean.class).single();
    }

    boolean memberOf(PersonId viewer, UUID group) {
        return jdbc.sql("select exists (select 1 from directory.group_members where group_id = :g and person_id = :me)")
                .param("me", viewer.value()).param("g", group).query(Boolean.class).single();
    }

    /** The active people of {@code profile} in a class: its pupils, its teachers, or the legal guardians of its pupils. */
    List<PersonId> classMembers(UUID classId, Profile profile) {
        String who = switch (profile) {
            case STUDENT -> """
                    select m.person_id from directory.class_members m join directory.classes c on c.id = m.class_id
                    join directory.person_profiles pp on pp.person_id = m.person_id and pp.structure_id = c.structure_id
                    where m.class_id = :c and pp.profile = 'STUDENT'""";
            case TEACHER -> "select person_id from directory.teachings where class_id = :c";
            case RELATIVE -> """
                    select f.relative_id from directory.class_members m
                    join directory.family_links f on f.child_id = m.person_id where m.class_id = :c and f.legal_guardian""";
            default -> "select null::uuid where false";
        };
        return ids(jdbc.sql("select p.id from directory.persons p where p.state = 'ACTIVE' and p.id in (" + who
                + ") order by p.id").param("c", classId));
    }

    /** The active people holding {@code profile} in a structure. */
    List<PersonId> structureMembers(UUID structure, Profile profile) {
        return ids(jdbc.sql("""
                select distinct p.id from directory.person_profiles pp join directory.persons p on p.id = pp.person_id
                where pp.structure_id = :s and pp.profile = :profile and p.state = 'ACTIVE' order by p.id""")
                .param("s", structure).param("profile", profile.name()));
    }

    List<PersonId> groupMembers(UUID group) {
        return ids(jdbc.sql("""
                select p.id from directory.group_members m join directory.persons p on p.id = m.person_id
                where m.group_id = :g and p.state = 'ACTIVE' order by p.id""").param("g", group));
    }

    private static List<PersonId> ids(JdbcClient.StatementSpec statement) {
        return statement.query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    private static String[] array(Collection<PersonId> ids) {
        return ids.stream().map(PersonId::toString).distinct().toArray(String[]::new);
    }
}
