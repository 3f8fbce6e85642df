package org.preau.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Manual groups: made by the school's admins from its people, found in the annuaire by staff and members. */
@PreauSpringTest
class GroupsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single().toString();
    }

    @Test
    void principalMakesAChoirThatTeachersAndMembersFind() throws Exception {
        var admin = DemoAccounts.login(mvc, "anne.bernard");
        String college = id("select id from directory.structures where uai = '0930002B'");
        String location = mvc.perform(post("/admin/structures/" + college + "/groups").param("name", "Chorale du collège")
                .cookie(admin).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/groups/");
        mvc.perform(get(location).param("q", "durand").cookie(admin))
                .andExpect(content().string(containsString("Lucas Durand")));
        String lucas = id("select person_id from identity.accounts where login = 'lucas.durand'");
        mvc.perform(post(location + "/members").param("person", lucas).cookie(admin).with(csrf()))
                .andExpect(redirectedUrl(location + "?added"));
        String emma = id("select person_id from identity.accounts where login = 'emma.durand'");
        mvc.perform(post(location + "/members").param("person", emma).cookie(admin).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(location).cookie(admin)).andExpect(content().string(containsString("1 membre")));

        mvc.perform(get("/api/v1/directory/search").param("q", "chorale").cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(jsonPath("$.items[0].type").value("GROUP"))
                .andExpect(jsonPath("$.items[0].displayName").value("Chorale du collège"));
        mvc.perform(get("/api/v1/directory/search").param("q", "chorale").cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(jsonPath("$.items[0].displayName").value("Chorale du collège"));
        mvc.perform(get("/api/v1/directory/search").param("q", "chorale").cookie(DemoAccounts.login(mvc, "marc.petit")))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(location).cookie(DemoAccounts.login(mvc, "marc.petit"))).andExpect(status().isNotFound());
    }

    @Test
    void blankNamesAreRefused() throws Exception {
        String college = id("select id from directory.structures where uai = '0930002B'");
        mvc.perform(post("/admin/structures/" + college + "/groups").param("name", "   ")
                        .cookie(DemoAccounts.login(mvc, "anne.bernard")).with(csrf()))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/groups?invalidName"));
    }
}
