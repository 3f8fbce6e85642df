package org.preau.browser;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks up the demo territory the browser tests run on: ids for addresses, and pupils whose
 * names are drawn at random by the seeder, so that no test depends on a generated name.
 */
final class DemoData {

    static final String COLLEGE_UAI = "0930002B";
    static final String ECOLE_UAI = "0930001A";

    private final JdbcClient jdbc;

    DemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID classId(String uai, String className) {
        return jdbc.sql("""
                select c.id from directory.classes c join directory.structures s on s.id = c.structure_id
                where s.uai = :uai and c.name = :name""")
                .param("uai", uai).param("name", className).query(UUID.class).single();
    }

    UUID structureId(String uai) {
        return jdbc.sql("select id from directory.structures where uai = :uai").param("uai", uai)
                .query(UUID.class).single();
    }

    UUID personId(String login) {
        return jdbc.sql("select person_id from identity.accounts where login = :login").param("login", login)
                .query(UUID.class).single();
    }

    /** A pupil of the demo territory. */
    record Pupil(String displayName, String lastName) {
    }

    /**
     * A pupil of a class (not a Durand) whose last name resembles the name of nobody outside
     * their family (parents and siblings), even with the annuaire's tolerance for typos:
     * searching that last name can only find the family.
     */
    Pupil pupilWithRareLastName(String uai, String className) {
        return jdbc.sql("""
                select p.display_name, p.last_name from directory.persons p
                join directory.class_members m on m.person_id = p.id
                join directory.classes c on c.id = m.class_id
                join directory.structures s on s.id = c.structure_id
                where s.uai = :uai and c.name = :name and p.last_name <> 'Durand'
                  and not exists (
                      select 1 from directory.persons o
                      where o.id <> p.id
                        and o.id not in (select f.relative_id from directory.family_links f where f.child_id = p.id
                                         union select s.child_id from directory.family_links f
                                               join directory.family_links s on s.relative_id = f.relative_id
                                               where f.child_id = p.id)
                        and (public.word_similarity(directory.search_form(p.last_name), o.search_text) >= 0.3
                             or o.search_text like '%' || directory.search_form(p.last_name) || '%'))
                order by p.display_name limit 1""")
                .param("uai", uai).param("name", className)
                .query((rs, n) -> new Pupil(rs.getString("display_name"), rs.getString("last_name"))).single();
    }

    /** A pupil's record, as the person forms show it. */
    record PupilRecord(UUID id, String firstName, String lastName) {
    }

    /** The first pupil (by name) of a class. */
    PupilRecord firstPupil(String uai, String className) {
        return jdbc.sql("""
                select p.id, p.first_name, p.last_name from directory.persons p
                join directory.class_members m on m.person_id = p.id
                join directory.classes c on c.id = m.class_id
                join directory.structures s on s.id = c.structure_id
                where s.uai = :uai and c.name = :name
                order by p.display_name, p.id limit 1""")
                .param("uai", uai).param("name", className)
                .query((rs, n) -> new PupilRecord(rs.getObject("id", UUID.class), rs.getString("first_name"),
                        rs.getString("last_name")))
                .single();
    }

    /** Makes a person's account usable again, whatever a failed test left behind. */
    void unblock(String login) {
        jdbc.sql("update directory.persons set state = 'ACTIVE', blocked_at = null where id = :id")
                .param("id", personId(login)).update();
    }
}
