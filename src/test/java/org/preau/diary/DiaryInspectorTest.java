package org.preau.diary;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryGroups;
import org.preau.identity.Accounts;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Visas follow the {@code diary.visa} right, not a profile: a member of staff given the visa
 * role through a group of their school reads and signs the books of that school, and only of
 * that school; once the role is taken back, the visa pages refuse them.
 */
@PreauSpringTest
class DiaryInspectorTest {

    /** The seeded role "Cahier de textes — visa" (diary.read, diary.visa). */
    private static final String VISA_ROLE = "0a0c0e55-0000-4000-8000-000000000013";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    DirectoryGroups groups;

    @Test
    void aPersonGivenTheVisaRoleSignsInThatStructureOnlyUntilItIsTakenBack() throws Exception {
        var data = new DiaryData(jdbc);
        String college = data.structureId("0930002B");
        String ecole = data.structureId("0930001A");
        String paul = data.personId("paul.martin");
        String claire = data.personId("claire.leroy");
        String inspector = staffAccount("Olivier", "Chevalier");
        var olivier = DemoAccounts.login(mvc, inspector);
        mvc.perform(get("/diary/visas").cookie(olivier)).andExpect(status().isForbidden());

        PersonId annePerson = PersonId.of(data.personId("anne.bernard"));
        var anne = new PreauUser(annePerson, "anne.bernard", "Anne Bernard", directory.roles(annePerson), true, null);
        UUID group = groups.create(anne, StructureId.of(college), "Inspection").orElseThrow();
        groups.add(anne, group, PersonId.of(data.personId(inspector)));
        var anneCookie = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(post("/admin/structures/" + college + "/rights/grants").cookie(anneCookie).with(csrf())
                .param("group", "group:" + group).param("role", VISA_ROLE))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/rights?granted#grants"));

        mvc.perform(get("/diary/visas").cookie(olivier)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Paul Martin")));
        mvc.perform(get("/diary/visas/" + college + "/" + paul).cookie(olivier)).andExpect(status().isOk());
        mvc.perform(post("/diary/visas/" + college + "/" + paul).cookie(olivier).with(csrf())
                .param("comment", "Vu en inspection").param("confirmed", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/diary/visas/" + college + "/" + paul).cookie(olivier))
                .andExpect(content().string(containsString("Vu en inspection")));
        mvc.perform(get("/diary/visas/" + ecole + "/" + claire).cookie(olivier)).andExpect(status().isNotFound());
        mvc.perform(post("/diary/visas/" + ecole + "/" + claire).cookie(olivier).with(csrf()))
                .andExpect(status().isNotFound());

        UUID grant = jdbc.sql("select id from access.grants where group_id = :g").param("g", "group:" + group)
                .query(UUID.class).single();
        mvc.perform(post("/admin/structures/" + college + "/rights/grants/" + grant + "/revoke").cookie(anneCookie)
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/diary/visas/" + college + "/" + paul).cookie(olivier).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/diary/visas/" + college + "/" + paul).cookie(olivier)).andExpect(status().isForbidden());
    }

    /** Gives a member of staff of the demo (an account never logged in) the demo password; returns the login. */
    private String staffAccount(String first, String last) {
        String login = jdbc.sql("""
                select a.login from identity.accounts a join directory.persons p on p.id = a.person_id
                where p.first_name = :f and p.last_name = :l""").param("f", first).param("l", last)
                .query(String.class).single();
        jdbc.sql("update identity.accounts set password_hash = :h where login = :l")
                .param("h", accounts.hash(DemoAccounts.PASSWORD)).param("l", login).update();
        return login;
    }
}
