package org.preau.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * The console's teaching groups: a local admin creates a group, picks pupils class by class and
 * names a teacher with a subject; the teacher then has the group's book. Another school's admin gets
 * 404, people without the right 403; imported groups cannot be changed.
 */
@PreauSpringTest
class TeachingGroupsConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private UUID id(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param("p" + i, params[i]);
        }
        return spec.query(UUID.class).single();
    }

    @Test
    void aLocalAdminSetsUpAGroupWhoseTeacherThenHasItsBook() throws Exception {
        UUID college = id("select id from directory.structures where uai = '0930002B'");
        UUID ecole = id("select id from directory.structures where uai = '0930001A'");
        UUID sixA = id("select id from directory.classes where name = '6A'");
        UUID lucas = id("select person_id from identity.accounts where login = 'lucas.durand'");
        UUID paul = id("select person_id from identity.accounts where login = 'paul.martin'");
        UUID maths = id("select id from directory.subjects where structure_id = :p0 and label = 'Mathématiques'", college);
        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        String base = "/admin/structures/" + college + "/teaching-groups";

        mvc.perform(post(base).cookie(anne).param("name", "Soutien 6e")).andExpect(status().isForbidden());
        String page = mvc.perform(post(base).cookie(anne).with(csrf()).param("name", "Soutien 6e"))
                .andExpect(redirectedUrlPattern(base + "/*?created")).andReturn().getResponse().getRedirectedUrl();
        String group = page.substring(base.length() + 1, page.indexOf('?'));

        mvc.perform(get(base + "/" + group).param("class", sixA.toString()).cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lucas Durand")));
        List<UUID> pupils = jdbc.sql("""
                select m.person_id from directory.class_members m join directory.person_profiles pp
                on pp.person_id = m.person_id and pp.profile = 'STUDENT' where m.class_id = :c and m.person_id <> :l
                order by m.person_id limit 1""").param("c", sixA).param("l", lucas).query(UUID.class).list();
        for (UUID pupil : List.of(lucas, pupils.getFirst())) {
            mvc.perform(post(base + "/" + group + "/pupils").cookie(anne).with(csrf()).param("person", pupil.toString())
                    .param("class", sixA.toString())).andExpect(status().is3xxRedirection());
        }
        // a teacher is no pupil
        mvc.perform(post(base + "/" + group + "/pupils").cookie(anne).with(csrf()).param("person", paul.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/" + group + "/teachers").cookie(anne).with(csrf()).param("person", paul.toString())
                .param("subject", maths.toString())).andExpect(status().is3xxRedirection());

        mvc.perform(get(base).cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Soutien 6e")))
                .andExpect(content().string(containsString("Paul Martin (Mathématiques)")));
        assertThat(jdbc.sql("select count(*) from directory.group_members where group_id = cast(:g as uuid)")
                .param("g", group).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/diary").cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(content().string(containsString("Soutien 6e")));

        Cookie marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(get("/admin/structures/" + ecole + "/teaching-groups/" + group).cookie(marc))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/structures/" + ecole + "/teaching-groups/" + group + "/pupils").cookie(marc)
                .with(csrf()).param("person", lucas.toString())).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + group).cookie(marc)).andExpect(status().isForbidden());
        mvc.perform(get(base).cookie(DemoAccounts.login(mvc, "paul.martin"))).andExpect(status().isForbidden());

        mvc.perform(post(base + "/" + group + "/teachers/remove").cookie(anne).with(csrf())
                .param("person", paul.toString()).param("subject", maths.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + group + "/pupils/remove").cookie(anne).with(csrf())
                .param("person", lucas.toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/" + group).cookie(anne))
                .andExpect(content().string(not(containsString("Paul Martin (Mathématiques)"))))
                .andExpect(content().string(containsString("1 élève")));
    }

    @Test
    void anImportedGroupIsShownReadOnly() throws Exception {
        UUID college = id("select id from directory.structures where uai = '0930002B'");
        UUID lucas = id("select person_id from identity.accounts where login = 'lucas.durand'");
        UUID group = id("""
                insert into directory.groups (structure_id, name, kind, external_id, source, teaching)
                values (:p0, 'LATIN5', 'MANUAL', 'LATIN5', 'AAF', true) returning id""", college);
        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        String base = "/admin/structures/" + college + "/teaching-groups";
        mvc.perform(get(base).cookie(anne)).andExpect(content().string(containsString("Importé")));
        mvc.perform(get(base + "/" + group).cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(containsString("vient de l&#39;import")))
                .andExpect(content().string(not(containsString("id=\"add-teacher\""))));
        mvc.perform(post(base + "/" + group + "/pupils").cookie(anne).with(csrf()).param("person", lucas.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get(base).cookie(anne).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Teaching groups")));
    }
}
