package org.preau.directory;

import java.util.List;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The annuaire's SQL. Who may be seen follows from the viewer's place in the directory:
 * staff, teachers and local admins see their structures; pupils see their classmates, the
 * teachers of their classes, the staff of their school and their parents; parents see
 * their children, the other parents of their children, their children's teachers and the
 * staff of their children's schools — never another family.
 */
@Repository
class SearchRepository {

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

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchHit> persons(PersonId viewer, boolean everyone, String query, int limit) {
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.45', true)").query().singleValue();
        return jdbc.sql(VISIBLE + """
                select p.id, p.display_name, first.profile, first.structure
                from directory.persons p
                left join lateral (select pp.profile, s.name as structure from directory.person_profiles pp
                                   join directory.structures s on s.id = pp.structure_id
                                   where pp.person_id = p.id order by pp.profile limit 1) first on true
                where p.state = 'ACTIVE'
                  and (p.search_text like :like escape '\\' or :q operator(public.<%) p.search_text)
                  and (:everyone or p.id in (select person_id from visible))
                order by public.word_similarity(:q, p.search_text) desc, p.last_name, p.first_name
                limit :limit""")
                .param("me", viewer.value()).param("everyone", everyone).param("q", query).param("like", like(query)).param("limit", limit)
                .query((rs, n) -> new SearchHit(rs.getObject("id", UUID.class).toString(), SearchHit.Kind.PERSON,
                        rs.getString("display_name"),
                        rs.getString("profile") == null ? null : Profile.valueOf(rs.getString("profile")),
                        rs.getString("structure")))
                .list();
    }

    List<SearchHit> classes(PersonId viewer, boolean everyone, String query, int limit) {
        return jdbc.sql(VISIBLE + """
                select c.id, c.name, s.name as structure
                from directory.classes c join directory.structures s on s.id = c.structure_id
                where c.search_text like :like escape '\\'
                  and (:everyone or c.id in (select class_id from visible_classes))
                order by c.name, s.name limit :limit""")
                .param("me", viewer.value()).param("everyone", everyone).param("q", query).param("like", like(query)).param("limit", limit)
                .query((rs, n) -> new SearchHit(rs.getObject("id", UUID.class).toString(), SearchHit.Kind.CLASS,
                        rs.getString("name"), null, rs.getString("structure")))
                .list();
    }

    /** Manual groups whose name matches, of the viewer's staff structures or of which the viewer is a member. */
    List<SearchHit> manualGroups(PersonId viewer, boolean everyone, String query, int limit) {
        return jdbc.sql(VISIBLE + """
                select g.id, g.name, s.name as structure from directory.groups g
                join directory.structures s on s.id = g.structure_id
                where g.kind = 'MANUAL' and directory.search_form(g.name) like :like escape '\\'
                  and (:everyone or g.structure_id in (select structure_id from staff_structures)
                       or exists (select 1 from directory.group_members m where m.group_id = g.id and m.person_id = :me))
                order by g.name limit :limit""")
                .param("me", viewer.value()).param("everyone", everyone).param("like", like(query)).param("limit", limit)
                .query((rs, n) -> new SearchHit("group:" + rs.getObject(1, UUID.class), SearchHit.Kind.GROUP,
                        rs.getString(2), null, rs.getString(3)))
                .list();
    }

    /** Whether {@code target} is among the people {@code viewer} may see (the annuaire's rules). */
    boolean canSee(PersonId viewer, PersonId target) {
        return jdbc.sql(VISIBLE + "select exists (select 1 from visible where person_id = :target)")
                .param("me", viewer.value()).param("target", target.value()).query(Boolean.class).single();
    }

    /** A class the viewer may address groups of, and whether they are staff there (all its groups) or not (its teachers). */
    record GroupSource(UUID id, String name, boolean staff) {
    }

    List<GroupSource> groupClasses(PersonId viewer, boolean everyone) {
        return jdbc.sql(VISIBLE + """
                select c.id, c.name || ' – ' || s.name as name,
                       (:everyone or c.structure_id in (select structure_id from staff_structures)) as staff
                from directory.classes c join directory.structures s on s.id = c.structure_id
                where :everyone or c.id in (select class_id from visible_classes)
                order by c.name""")
                .param("me", viewer.value()).param("everyone", everyone)
                .query((rs, n) -> new GroupSource(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    List<GroupSource> groupStructures(PersonId viewer, boolean everyone) {
        return jdbc.sql(VISIBLE + """
                select s.id, s.name, true from directory.structures s
                where :everyone or s.id in (select structure_id from staff_structures) order by s.name""")
                .param("me", viewer.value()).param("everyone", everyone)
                .query((rs, n) -> new GroupSource(rs.getObject(1, UUID.class), rs.getString(2), true))
                .list();
    }

    private static String like(String query) {
        return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    String normalize(String query) {
        return jdbc.sql("select directory.search_form(:q)").param("q", query).query(String.class).single();
    }
}
