package org.preau.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An admin creates a person by hand in their school; bad input is explained and creates nothing. */
@PreauSpringTest
class PersonFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single().toString();
    }

    @Test
    void adminCreatesAPupilInAClassWithAGeneratedLogin() throws Exception {
        String ecole = id("select id from directory.structures where uai = '0930001A'");
        String cp = id("select id from directory.classes where name = 'CP'");
        var result = mvc.perform(post("/admin/structures/" + ecole + "/persons").cookie(DemoAccounts.login(mvc, "marc.petit"))
                        .with(csrf()).param("firstName", " Anaïs ").param("lastName", "Nouvelle-Élève")
                        .param("birthDate", "2020-02-29").param("profile", "STUDENT").param("classId", cp))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/admin/persons/").endsWith("?created");
        assertThat(jdbc.sql("""
                select a.login from identity.accounts a join directory.persons p on p.id = a.person_id
                join directory.class_members m on m.person_id = p.id join directory.classes c on c.id = m.class_id
                where p.last_name = 'Nouvelle-Élève' and c.name = 'CP' and p.birth_date = date '2020-02-29'""")
                .query(String.class).single()).isEqualTo("anais.nouvelle-eleve");
    }

    @Test
    void missingNamesAndFutureDatesAreExplainedAndNothingIsCreated() throws Exception {
        String ecole = id("select id from directory.structures where uai = '0930001A'");
        long before = jdbc.sql("select count(*) from directory.persons").query(Long.class).single();
        mvc.perform(post("/admin/structures/" + ecole + "/persons").cookie(DemoAccounts.login(mvc, "marc.petit"))
                        .with(csrf()).param("firstName", "").param("lastName", "X").param("birthDate", "2999-01-01")
                        .param("profile", "STUDENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce champ est obligatoire")))
                .andExpect(content().string(containsString("ne peut pas être dans le futur")));
        assertThat(jdbc.sql("select count(*) from directory.persons").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void adminCorrectsANameAndBadCorrectionsChangeNothing() throws Exception {
        String emma = id("select person_id from identity.accounts where login = 'emma.durand'");
        var admin = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(post("/admin/persons/" + emma + "/identity").cookie(admin).with(csrf())
                        .param("firstName", "Emma-Rose").param("lastName", "Durand").param("birthDate", "2018-06-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select display_name from directory.persons where id = cast(:id as uuid)").param("id", emma)
                .query(String.class).single()).isEqualTo("Emma-Rose Durand");
        mvc.perform(post("/admin/persons/" + emma + "/identity").cookie(admin).with(csrf())
                        .param("firstName", " ").param("lastName", "Durand"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ce champ est obligatoire")));
        assertThat(jdbc.sql("select first_name from directory.persons where id = cast(:id as uuid)").param("id", emma)
                .query(String.class).single()).isEqualTo("Emma-Rose");
        mvc.perform(post("/admin/persons/" + emma + "/identity").cookie(DemoAccounts.login(mvc, "anne.bernard"))
                .with(csrf()).param("firstName", "X").param("lastName", "Y")).andExpect(status().isNotFound());
    }

    @Test
    void aLocalAdminCannotCreateInAnotherSchool() throws Exception {
        String college = id("select id from directory.structures where uai = '0930002B'");
        mvc.perform(post("/admin/structures/" + college + "/persons").cookie(DemoAccounts.login(mvc, "marc.petit"))
                        .with(csrf()).param("firstName", "Intrus").param("lastName", "Test").param("profile", "STUDENT"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from directory.persons where first_name = 'Intrus'").query(Long.class)
                .single()).isZero();
    }
}
