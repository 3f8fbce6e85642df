package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The roles pages (central admin) and a structure's rights page (its local admins, within
 * what the territory allows; the central admin, without limit), with CSRF on every write.
 */
@PreauSpringTest
class RightsWebTest {

    private static final String DIRECTORY_ROLE = AccessDemo.DIRECTORY_ROLE.toString();
    private static final String ACCOUNT_ROLE = AccessDemo.ACCOUNT_ROLE.toString();
    private static final String LOCAL_ADMIN_ROLE = AccessDemo.LOCAL_ADMIN_ROLE.toString();
    private static final String CENTRAL_ADMIN_ROLE = AccessDemo.CENTRAL_ADMIN_ROLE.toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rights rights;

    @Autowired
    Directory directory;

    @AfterEach
    void backToTheSeededRules() {
        SeededRules.restore(jdbc, rights);
    }

    @Test
    void theCentralAdminCreatesChangesAndDeletesARole() throws Exception {
        Cookie central = DemoAccounts.login(mvc, "admin.region");
        mvc.perform(get("/admin/roles").cookie(central)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Annuaire — utilisateur"),
                        containsString("Rechercher dans l&#39;annuaire"), containsString("Admins locaux"))));
        mvc.perform(get("/admin/roles/new").cookie(central)).andExpect(status().isOk());

        mvc.perform(post("/admin/roles").cookie(central).param("name", "Vie scolaire").param("actions", "console.audit")
                .param("actions", "directory.search")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles").cookie(central).with(csrf()).param("name", "Vie scolaire")
                .param("actions", "console.audit").param("actions", "directory.search").param("actions", "no.such"))
                .andExpect(redirectedUrl("/admin/roles?saved"));
        UUID role = jdbc.sql("select id from access.roles where name = 'Vie scolaire'").query(UUID.class).single();
        assertThat(jdbc.sql("select string_agg(action, ',' order by action) from access.role_actions where role_id = :r")
                .param("r", role).query(String.class).single()).isEqualTo("console.audit,directory.search");

        mvc.perform(post("/admin/roles/" + role).cookie(central).with(csrf()).param("name", "Vie scolaire"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choisissez au moins une action.")));
        mvc.perform(post("/admin/roles/" + role).cookie(central).with(csrf()).param("name", " ")
                .param("actions", "console.audit"))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/admin/roles/" + DIRECTORY_ROLE).cookie(central).with(csrf()).param("name", "Annuaire")
                .param("actions", "directory.search")).andExpect(redirectedUrl("/admin/roles?saved"));
        mvc.perform(get("/admin/roles").cookie(central).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString(">Annuaire<"), not(containsString("Directory — user")),
                        containsString("Console — local administration"))));

        mvc.perform(post("/admin/roles/" + role + "/delete").cookie(central).with(csrf()))
                .andExpect(redirectedUrl("/admin/roles?deleted"));
        assertThat(jdbc.sql("select count(*) from access.roles where id = :r").param("r", role).query(Long.class).single())
                .isZero();
    }

    @Test
    void theCentralAdminSetsTheTerritorysDefaults() throws Exception {
        Cookie central = DemoAccounts.login(mvc, "admin.region");
        mvc.perform(get("/admin/roles/defaults").cookie(central)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"mode_" + DIRECTORY_ROLE + "_GUEST\"")));
        mvc.perform(post("/admin/roles/defaults").cookie(central).with(csrf())
                        .param("mode_" + DIRECTORY_ROLE + "_GUEST", "DEFAULT")
                        .param("mode_" + DIRECTORY_ROLE + "_STUDENT", "NONE"))
                .andExpect(redirectedUrl("/admin/roles/defaults?saved"));
        mvc.perform(get("/directory").cookie(DemoAccounts.login(mvc, "lucas.durand"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles/defaults").cookie(central).with(csrf())
                .param("mode_" + DIRECTORY_ROLE + "_STUDENT", "DEFAULT")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/roles/defaults").cookie(central).with(csrf()).param("mode_x_STUDENT", "DEFAULT"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void localAdminsDoNotReachTheTerritorysRoles() throws Exception {
        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/roles").cookie(anne)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles/defaults").cookie(anne)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles").cookie(anne).with(csrf()).param("name", "Tout")
                .param("actions", "access.roles")).andExpect(status().isForbidden());
        mvc.perform(get("/admin").cookie(anne)).andExpect(content().string(not(containsString("/admin/roles"))));
        mvc.perform(get("/admin").cookie(DemoAccounts.login(mvc, "admin.region")))
                .andExpect(content().string(containsString("/admin/roles")));
    }

    @Test
    void aLocalAdminAdaptsTheirSchoolWithinTheTerritorysLimits() throws Exception {
        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        String college = structure("0930002B");
        mvc.perform(get("/admin/structures/" + college).cookie(anne))
                .andExpect(content().string(containsString("/admin/structures/" + college + "/rights")));
        mvc.perform(get("/admin/structures/" + college + "/rights").cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Annuaire — utilisateur"),
                        containsString("aria-label=\"Élèves : Console — administration locale\" disabled"),
                        not(containsString("Console — administration centrale")))));
        mvc.perform(get("/admin/structures/" + structure("0930001A") + "/rights").cookie(anne))
                .andExpect(status().isForbidden());

        String sixAPupils = "class:" + classId("6A") + ":STUDENT";
        mvc.perform(post("/admin/structures/" + college + "/rights/grants").cookie(anne).with(csrf())
                        .param("group", sixAPupils).param("role", LOCAL_ADMIN_ROLE))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/rights?refused#grants"));
        mvc.perform(post("/admin/structures/" + college + "/rights").cookie(anne)
                .param("cell", LOCAL_ADMIN_ROLE + ":STUDENT")).andExpect(status().isForbidden());
        mvc.perform(matrix(college, anne, LOCAL_ADMIN_ROLE + ":STUDENT"))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/rights?saved"));
        assertThat(jdbc.sql("select count(*) from access.grants").query(Long.class).single()).isZero();
        mvc.perform(get("/admin/imports").cookie(DemoAccounts.login(mvc, "lucas.durand"))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/structures/" + college + "/rights/grants").cookie(anne).with(csrf())
                        .param("group", sixAPupils).param("role", DIRECTORY_ROLE))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/rights?granted#grants"));
        mvc.perform(get("/admin/structures/" + college + "/rights").cookie(anne))
                .andExpect(content().string(containsString("Élèves de la classe 6A")));
        UUID grant = jdbc.sql("select id from access.grants").query(UUID.class).single();
        mvc.perform(post("/admin/structures/" + college + "/rights/grants/" + grant + "/revoke").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/rights?revoked#grants"));
        assertThat(jdbc.sql("select count(*) from access.grants").query(Long.class).single()).isZero();
    }

    @Test
    void withdrawingTheirTeachersDirectoryTakesTheAnnuaireFromTheLauncherAndThePage() throws Exception {
        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        Cookie paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/").cookie(paul)).andExpect(content().string(containsString("data-app=\"directory\"")));
        String college = structure("0930002B");
        String[] allButTeachersDirectory = { DIRECTORY_ROLE + ":STUDENT", DIRECTORY_ROLE + ":RELATIVE",
                DIRECTORY_ROLE + ":PERSONNEL", ACCOUNT_ROLE + ":STUDENT",
                ACCOUNT_ROLE + ":TEACHER", ACCOUNT_ROLE + ":RELATIVE",
                ACCOUNT_ROLE + ":PERSONNEL", ACCOUNT_ROLE + ":GUEST",
                LOCAL_ADMIN_ROLE + ":LOCAL_ADMIN" };
        mvc.perform(matrix(college, anne, allButTeachersDirectory)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").cookie(paul)).andExpect(content().string(not(containsString("data-app=\"directory\""))));
        mvc.perform(get("/directory").cookie(paul)).andExpect(status().isForbidden());
        mvc.perform(get("/directory").cookie(DemoAccounts.login(mvc, "claire.leroy"))).andExpect(status().isOk());
        mvc.perform(get("/admin").cookie(anne)).andExpect(status().isOk());
    }

    @Test
    void theCentralAdminGivesBeyondTheLimitsAndThePageSpeaksEnglish() throws Exception {
        Cookie central = DemoAccounts.login(mvc, "admin.region");
        String college = structure("0930002B");
        mvc.perform(get("/admin/structures/" + college + "/rights").cookie(central).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Rights – Collège Victor Hugo"),
                        containsString("Console — central administration"),
                        not(containsString("\" disabled")))));
        mvc.perform(post("/admin/structures/" + college + "/rights/grants").cookie(central).with(csrf())
                        .param("group", "class:" + classId("6A") + ":TEACHER").param("role", CENTRAL_ADMIN_ROLE))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/rights?granted#grants"));
        mvc.perform(get("/").cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(content().string(containsString("data-app=\"console\"")));
        mvc.perform(post("/admin/structures/" + college + "/rights/grants").cookie(central).with(csrf())
                .param("group", "class:" + classId("CE1") + ":TEACHER").param("role", CENTRAL_ADMIN_ROLE))
                .andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder matrix(String structure, Cookie session, String... cells) {
        return post("/admin/structures/" + structure + "/rights").cookie(session).with(csrf()).param("cell", cells);
    }

    private String structure(String uai) {
        return new AccessDemo(jdbc, directory).structure(uai).toString();
    }

    private UUID classId(String name) {
        return new AccessDemo(jdbc, directory).classId(name);
    }
}
