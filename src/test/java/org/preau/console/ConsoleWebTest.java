package org.preau.console;

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

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The admin console: each admin manages their own structures only; blocking stops logins. */
@PreauSpringTest
class ConsoleWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String structure(String uai) {
        return jdbc.sql("select id from directory.structures where uai = :u").param("u", uai).query(UUID.class)
                .single().toString();
    }

    private String person(String login) {
        return jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single().toString();
    }

    @Test
    void localAdminManagesTheirStructureOnly() throws Exception {
        var session = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Collège Victor Hugo")))
                .andExpect(content().string(not(containsString("Jean Moulin"))));
        mvc.perform(get("/admin/structures/" + structure("0930002B")).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("6A"), containsString("Page suivante"))));
        mvc.perform(get("/admin/structures/" + structure("0930001A")).cookie(session))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/persons/" + person("emma.durand")).cookie(session))
                .andExpect(status().isNotFound());
    }

    /** Typed ids at the web edge: an address whose id cannot be one is a 404 page, not a 400 or a 500. */
    @Test
    void anIdThatIsNotOneIsNotFound() throws Exception {
        var session = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/persons/not-an-id").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/persons/12345/unlock").cookie(session).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/persons/" + UUID.randomUUID()).cookie(session)).andExpect(status().isNotFound());
        // request parameters that are ids too: malformed is a 404, blank is absent
        String college = "/admin/structures/" + structure("0930002B");
        mvc.perform(get(college).param("classId", "6A").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get(college).param("classId", "").cookie(session)).andExpect(status().isOk());
        mvc.perform(post(college + "/duplicates").param("keep", person("lucas.durand"))
                .param("pair", person("lucas.durand") + ",not-an-id").cookie(session).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(college + "/teaching-groups/" + UUID.randomUUID()).param("class", "x").cookie(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void peopleCanBeFilteredByProfileClassAndName() throws Exception {
        var session = DemoAccounts.login(mvc, "anne.bernard");
        String url = "/admin/structures/" + structure("0930002B");
        mvc.perform(get(url).param("profile", "TEACHER").cookie(session))
                .andExpect(content().string(allOf(containsString("Paul Martin"), containsString("7 personnes"))))
                .andExpect(content().string(not(containsString("Lucas Durand"))));
        String sixA = jdbc.sql("select id from directory.classes where name = '6A'").query(UUID.class).single().toString();
        mvc.perform(get(url).param("classId", sixA).param("profile", "STUDENT").cookie(session))
                .andExpect(content().string(allOf(containsString("Lucas Durand"), containsString("25 personnes"))));
        mvc.perform(get(url).param("q", "lucas DURAND").cookie(session).header("HX-Request", "true")
                        .header("HX-Target", "people"))
                .andExpect(content().string(allOf(containsString("Lucas Durand"), not(containsString("<html")))));
    }

    @Test
    void centralAdminSeesEveryStructure() throws Exception {
        var session = DemoAccounts.login(mvc, "admin.region");
        mvc.perform(get("/admin").cookie(session))
                .andExpect(content().string(allOf(containsString("Collège Victor Hugo"), containsString("Jean Moulin"))));
        mvc.perform(get("/admin/persons/" + person("emma.durand")).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("emma.durand"), containsString("Sophie Durand"),
                        containsString("Saisie dans la console"))));
    }

    @Test
    void othersCannotReachTheConsole() throws Exception {
        for (String login : new String[] { "paul.martin", "lucas.durand", "sophie.durand" }) {
            var session = DemoAccounts.login(mvc, login);
            mvc.perform(get("/admin").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/structures/" + structure("0930002B")).cookie(session))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void blockedPeopleCannotLogInUntilUnblocked() throws Exception {
        var admin = DemoAccounts.login(mvc, "marc.petit");
        var emmasSession = DemoAccounts.login(mvc, "emma.durand");
        String emma = person("emma.durand");
        mvc.perform(post("/admin/persons/" + emma + "/state").param("blocked", "true").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/persons/" + emma + "?blocked"));
        mvc.perform(post("/login").param("username", "emma.durand").param("password", DemoAccounts.PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/login?error"));
        org.awaitility.Awaitility.await().untilAsserted(() -> mvc.perform(get("/").cookie(emmasSession))
                .andExpect(status().is3xxRedirection()));
        mvc.perform(post("/admin/persons/" + emma + "/state").param("blocked", "false").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/persons/" + emma + "?unblocked"));
        DemoAccounts.login(mvc, "emma.durand");
    }

    @Test
    void localAdminCannotBlockSomeoneOfAnotherSchool() throws Exception {
        var admin = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(post("/admin/persons/" + person("lucas.durand") + "/state").param("blocked", "true")
                .cookie(admin).with(csrf())).andExpect(status().isNotFound());
        DemoAccounts.login(mvc, "lucas.durand");
    }

    @Test
    void theListOfSchoolsIsInFrenchOrderSearchableAndPaginated() throws Exception {
        for (int i = 10; i < 65; i++) {
            addStructure("07" + i + "001L", "Lycée professionnel n° " + i, "LYCEE");
        }
        addStructure("0750002E", "école maternelle Les Lilas", "ECOLE");
        addStructure("0750003E", "Ecole primaire Zola", "ECOLE");
        var session = DemoAccounts.login(mvc, "admin.region");

        String first = mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("59 établissements").contains("Page suivante").doesNotContain("Page précédente");
        assertThat(names(first)).as("École and école among the E, before the L; 50 to a page").hasSize(50)
                .startsWith("Collège Victor Hugo", "École élémentaire Jean Moulin", "école maternelle Les Lilas",
                        "Ecole primaire Zola", "Lycée professionnel n° 10");
        String second = mvc.perform(get("/admin").param("page", "1").cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(names(second)).hasSize(9).endsWith("Lycée professionnel n° 64");
        assertThat(second).contains("Page précédente").doesNotContain("Page suivante");

        String found = mvc.perform(get("/admin").param("q", "ECOLE").cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(names(found)).containsExactly("École élémentaire Jean Moulin", "école maternelle Les Lilas",
                "Ecole primaire Zola");
        String byUai = mvc.perform(get("/admin").param("q", "0930002b").cookie(session).header("HX-Request", "true")
                .header("HX-Target", "structure-list")).andReturn().getResponse().getContentAsString();
        assertThat(byUai).doesNotContain("<html").contains("1 établissement");
        assertThat(names(byUai)).containsExactly("Collège Victor Hugo");
    }

    @Test
    void theAuditLogNamesPeople() throws Exception {
        DemoAccounts.login(mvc, "sophie.durand");
        String page = mvc.perform(get("/admin/audit").param("type", "LOGIN_SUCCESS")
                        .cookie(DemoAccounts.login(mvc, "admin.region")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Sophie Durand</a>").contains(">Nadia Rousseau</a>").doesNotContain("Voir la fiche");
    }

    private void addStructure(String uai, String name, String type) {
        jdbc.sql("insert into directory.structures (uai, name, type) values (:uai, :name, :type)")
                .param("uai", uai).param("name", name).param("type", type).update();
    }

    /** The structures a console page lists, in order. */
    private static java.util.List<String> names(String html) {
        var list = html.substring(html.indexOf("id=\"admin-structures\""));
        list = list.substring(0, list.indexOf("</ul>"));
        return java.util.regex.Pattern.compile("<a href=\"/admin/structures/[^\"]+\">([^<]+)</a>").matcher(list)
                .results().map(m -> org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1))).toList();
    }
}
