package org.preau.directory;

import java.util.List;
import java.util.UUID;

import org.preau.platform.GroupRef;
import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The annuaire's SQL. Who may be seen is a {@link SearchScope} that the communication rules
 * decide ({@link VisibilityPolicy}); this class only finds, within it, what matches a name.
 */
@Repository
class SearchRepository {

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchHit> persons(SearchScope scope, String query, int limit) {
        // plans made for the scope at hand (a generic plan cannot leave out the groups it lacks), and no
        // parallel scan for an interactive search: it beats the trigram index on paper, not in time
        jdbc.sql("""
                select set_config('pg_trgm.word_similarity_threshold', '0.45', true),
                       set_config('plan_cache_mode', 'force_custom_plan', true),
                       set_config('max_parallel_workers_per_gather', '0', true)""").query().listOfRows();
        return scoped(scope, """
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
                .param("q", query).param("like", like(query)).param("limit", limit)
                .query((rs, n) -> new SearchHit(rs.getObject("id", UUID.class).toString(), SearchHit.Kind.PERSON,
                        rs.getString("display_name"),
                        rs.getString("profile") == null ? null : Profile.valueOf(rs.getString("profile")),
                        rs.getString("structure")))
                .list();
    }

    List<SearchHit> classes(SearchScope scope, String query, int limit) {
        return scoped(scope, """
                select c.id, c.name, s.name as structure
                from directory.classes c join directory.structures s on s.id = c.structure_id
                where c.search_text like :like escape '\\'
                  and (:everyone or c.id in (select class_id from visible_classes))
                order by c.name, s.name limit :limit""")
                .param("like", like(query)).param("limit", limit)
                .query((rs, n) -> new SearchHit(rs.getObject("id", UUID.class).toString(), SearchHit.Kind.CLASS,
                        rs.getString("name"), null, rs.getString("structure")))
                .list();
    }

    /**
     * Manual groups whose name matches, of which the viewer is a member or whose every member
     * is in the scope (the groups the viewer may write to).
     */
    List<SearchHit> manualGroups(PersonId viewer, SearchScope scope, String query, int limit) {
        boolean any = jdbc.sql("""
                select exists (select 1 from directory.groups g
                               where g.kind = 'MANUAL' and directory.search_form(g.name) like :like escape '\\')""")
                .param("like", like(query)).query(Boolean.class).single();
        if (!any) {
            return List.of();
        }
        return scoped(scope, """
                select g.id, g.name, s.name as structure from directory.groups g
                join directory.structures s on s.id = g.structure_id
                where g.kind = 'MANUAL' and directory.search_form(g.name) like :like escape '\\'
                  and (:everyone
                       or exists (select 1 from directory.group_members m where m.group_id = g.id and m.person_id = :me)
                       or g.id = any(:scopeGroups) or g.id = any(:scopeGroupsWithoutPupils)
                       or exists (select 1 from directory.group_members m where m.group_id = g.id)
                          and not exists (select 1 from directory.group_members m where m.group_id = g.id
                                          and m.person_id not in (select person_id from visible)))
                order by g.name limit :limit""")
                .param("me", viewer.value()).param("like", like(query)).param("limit", limit)
                .query((rs, n) -> new SearchHit(new GroupRef.Manual(rs.getObject(1, UUID.class)).id(),
                        SearchHit.Kind.GROUP, rs.getString(2), null, rs.getString(3)))
                .list();
    }

    /** A class or structure whose automatic groups may be offered, with its structure. */
    record GroupSource(UUID id, String name, UUID structure) {
    }

    /** The classes of the scope (all of them for everyone). */
    List<GroupSource> groupClasses(SearchScope scope) {
        return scoped(scope, """
                select c.id, c.name || ' – ' || s.name as name, s.id
                from directory.classes c join directory.structures s on s.id = c.structure_id
                where :everyone or c.id in (select class_id from visible_classes)
                order by c.name""")
                .query((rs, n) -> new GroupSource(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    /** The classes of structures whose groups the scope holds, whatever the scope holds of each class. */
    List<GroupSource> classesOf(List<UUID> structures) {
        return jdbc.sql("""
                select c.id, c.name || ' – ' || s.name as name, s.id
                from directory.classes c join directory.structures s on s.id = c.structure_id
                where s.id = any(:s) order by c.name""")
                .param("s", structures.toArray(UUID[]::new))
                .query((rs, n) -> new GroupSource(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    /** Every structure when {@code all}, otherwise those listed. */
    List<GroupSource> structures(boolean all, List<UUID> structures) {
        return jdbc.sql("""
                select s.id, s.name, s.id from directory.structures s
                where cast(:all as boolean) or s.id = any(:s) order by s.name""")
                .param("all", all).param("s", structures.toArray(UUID[]::new))
                .query((rs, n) -> new GroupSource(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    private JdbcClient.StatementSpec scoped(SearchScope scope, String sql) {
        return ScopeSql.bind(jdbc.sql(ScopeSql.WITH + sql), "scope", scope).param("everyone", scope.everyone());
    }

    private static String like(String query) {
        return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    String normalize(String query) {
        return jdbc.sql("select directory.search_form(:q)").param("q", query).query(String.class).single();
    }
}
