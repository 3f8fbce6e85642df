package org.preau.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The home page and {@code /api/v1/me} for each kind of person, with and without htmx. */
@PreauSpringTest
class HomeWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pupilSeesTheirClassAndSchoolOnly() throws Exception {
        var session = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bonjour Lucas")));
        mvc.perform(get("/home/widgets/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Élève"),
                        containsString("Collège Victor Hugo"), containsString("6A"))))
                .andExpect(content().string(not(containsString("École élémentaire Jean Moulin"))))
                // a fragment, without the navigation shell
                .andExpect(content().string(not(containsString("<header"))));
    }

    @Test
    void teacherSeesClassesWithSubjects() throws Exception {
        var session = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(allOf(containsString("Mes classes"),
                        containsString("hx-get=\"/directory/widgets/classes\""))));
        mvc.perform(get("/directory/widgets/classes").cookie(session))
                .andExpect(content().string(allOf(containsString("6A"), containsString("5A"),
                        containsString("Mathématiques"))))
                .andExpect(content().string(not(containsString(">6B<"))));
    }

    @Test
    void parentSeesBothChildrenInTheirSchools() throws Exception {
        var session = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(allOf(containsString("Mes enfants"),
                        containsString("hx-get=\"/diary/widgets/children\""))));
        mvc.perform(get("/diary/widgets/children").cookie(session))
                .andExpect(content().string(allOf(containsString("Lucas Durand"),
                        containsString("Emma Durand"), containsString("CE1"), containsString("6A"))));
    }

    @Test
    void adminsSeeTheirFunctionAndAdminApplications() throws Exception {
        var session = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("data-app=\"api\"")));
        mvc.perform(get("/home/widgets/profile").cookie(session))
                .andExpect(content().string(allOf(containsString("Mes fonctions"),
                        containsString("Administrateur·rice local·e – Collège Victor Hugo"))));
        var pupil = DemoAccounts.login(mvc, "emma.durand");
        mvc.perform(get("/").cookie(pupil)).andExpect(content().string(not(containsString("data-app=\"api\""))));
    }

    @Test
    void homeWorksWithAndWithoutHtmx() throws Exception {
        var session = DemoAccounts.login(mvc, "claire.leroy");
        mvc.perform(get("/").cookie(session).header("HX-Request", "true").header("HX-Boosted", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bonjour Claire"), containsString("Mes classes"))));
        mvc.perform(get("/account").cookie(session).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("claire.leroy")));
    }

    @Test
    void homeSpeaksTheChosenLanguage() throws Exception {
        var session = DemoAccounts.login(mvc, "emma.durand");
        mvc.perform(get("/").cookie(session).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Hello Emma"), containsString("My homework"))));
        mvc.perform(get("/").cookie(session).header("Accept-Language", "es"))
                .andExpect(content().string(allOf(containsString("¡Hola, Emma!"), containsString("Mis deberes"))));
    }

    @Test
    void meReturnsTheLoggedInPerson() throws Exception {
        var session = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.login").value("sophie.durand"))
                .andExpect(jsonPath("$.displayName").value("Sophie Durand"))
                .andExpect(jsonPath("$.profiles[0]").value("RELATIVE"))
                .andExpect(jsonPath("$.structures.length()").value(2))
                .andExpect(jsonPath("$.structures[*].uai").value(org.hamcrest.Matchers.containsInAnyOrder("0930001A", "0930002B")))
                .andExpect(jsonPath("$.children[*].displayName")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("Lucas Durand", "Emma Durand")))
                .andExpect(jsonPath("$.classes.length()").value(0));
    }

    @Test
    void apiWithoutSessionIsA401ProblemNeverALoginPage() throws Exception {
        mvc.perform(get("/api/v1/me").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("connecté")));
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value(containsString("logged in")));
    }

    @Test
    void apiWritesWithoutCsrfAreRefusedAsProblems() throws Exception {
        var session = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(post("/api/v1/me").cookie(session).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownApiPathIsA404Problem() throws Exception {
        var session = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/api/v1/nothing-here").cookie(session))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Introuvable"));
    }

    @Test
    void healthAndOpenApiArePublic() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/api/v1/me"), containsString("/api/v1/structures"))));
    }

    @Test
    void swaggerUiCarriesPreausNameAndLogo() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("\"title\":\"Préau API\""), containsString("AGPL-3.0"),
                        containsString("\"x-logo\":{"), containsString("/img/favicon.svg"))));
        mvc.perform(get("/swagger-ui/index.css")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("content: \"Pr\\0000e9au API\""),
                        containsString("url(\"/img/favicon.svg\")"))));
    }

    /** The layout names no module: messaging and timeline add their scripts and the bell as beans (platform.web). */
    @Test
    void theModulesScriptsAndHeaderToolsAreOnEveryPage() throws Exception {
        mvc.perform(get("/").cookie(DemoAccounts.login(mvc, "lucas.durand"))).andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("src=\"/js/preau.js\" defer",
                        "src=\"/js/messaging.js\" defer", "src=\"/js/timeline.js\" defer", "</head>",
                        "class=\"timeline-badge\"", "id=\"timeline-bell\"", "class=\"menu account\"")));
        // nobody logged in: the scripts, and no bell (its model attribute is absent)
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"/js/timeline.js\" defer")))
                .andExpect(content().string(not(containsString("timeline-bell"))));
    }
}
