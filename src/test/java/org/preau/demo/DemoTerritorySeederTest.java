package org.preau.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo territory on the embedded database: what the README promises, seeded once. */
@PreauSpringTest
class DemoTerritorySeederTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoTerritorySeeder seeder;

    @Test
    void bothSchoolsHaveTheirClassesOfAbout25Pupils() {
        List<Map<String, Object>> classes = jdbc.sql("""
                select s.uai, c.name, count(m.person_id) as pupils
                from directory.classes c join directory.structures s on s.id = c.structure_id
                left join directory.class_members m on m.class_id = c.id
                group by s.uai, c.name order by s.uai, c.name""").query().listOfRows();
        assertThat(classes).extracting(r -> r.get("uai") + " " + r.get("name"))
                .containsExactly("0930001A CE1", "0930001A CM2", "0930001A CP",
                        "0930002B 3B", "0930002B 5A", "0930002B 6A", "0930002B 6B");
        assertThat(classes).allSatisfy(r -> assertThat((Long) r.get("pupils")).isEqualTo(25L));
    }

    @Test
    void everyPupilHasAParentAndSomeFamiliesSpanBothSchools() {
        long orphans = jdbc.sql("""
                select count(*) from directory.person_profiles p
                where p.profile = 'STUDENT'
                  and not exists (select 1 from directory.family_links f where f.child_id = p.person_id)""")
                .query(Long.class).single();
        assertThat(orphans).isZero();
        long bothSchools = jdbc.sql("""
                select count(*) from (select person_id from directory.person_profiles where profile = 'RELATIVE'
                group by person_id having count(distinct structure_id) = 2) x""").query(Long.class).single();
        assertThat(bothSchools).isGreaterThan(4);
    }

    @Test
    void documentedAccountsCanLogInAndOthersAwaitActivation() {
        List<String> withPassword = jdbc.sql("select login from identity.accounts where password_hash is not null order by login")
                .query(String.class).list();
        assertThat(withPassword).containsExactly("admin.region", "anne.bernard", "claire.leroy", "emma.durand",
                "lucas.durand", "marc.petit", "paul.martin", "sophie.durand");
        long logins = jdbc.sql("select count(*) from identity.accounts").query(Long.class).single();
        long persons = jdbc.sql("select count(*) from directory.persons").query(Long.class).single();
        assertThat(logins).isEqualTo(persons).isGreaterThan(400);
    }

    @Test
    void aSecondStartSeedsNothingTwice() throws Exception {
        long before = jdbc.sql("select count(*) from directory.persons").query(Long.class).single();
        seeder.run(new DefaultApplicationArguments());
        long after = jdbc.sql("select count(*) from directory.persons").query(Long.class).single();
        assertThat(after).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from directory.structures").query(Long.class).single()).isEqualTo(2);
    }
}
