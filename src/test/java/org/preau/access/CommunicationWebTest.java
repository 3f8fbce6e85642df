package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The communication matrix pages: local admins of their structure only, CSRF, edits that apply, the banner, the annuaire. */
@PreauSpringTest
class CommunicationWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    Reach reach;

    DemoPeople demo;
    String college;
    String ecole;

    @BeforeEach
    void ids() {
        demo = new DemoPeople(jdbc, directory);
        college = demo.structure(DemoPeople.COLLEGE).toString();
        ecole = demo.structure(DemoPeople.ECOLE).toString();
    }

    @AfterEach
    void restoreDefaults() {
        demo.restoreDefaultRules();
    }

    private Cookie login(String login) throws Exception {
        return DemoAccounts.login(mvc, login);
    }

    @Test
    void aLocalAdminSeesTheMatrixOfTheirStructureOnly() throws Exception {
        var anne = login("anne.bernard");
        mvc.perform(get("/admin/structures/" + college + "/communication").cookie(anne))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Règles de communication")))
                .andExpect(content().string(containsString("Interdire : Parents d&#39;une classe → Enseignants de la même classe")))
                .andExpect(content().string(containsString("Autoriser : Parents d&#39;une classe → Parents de la même classe")))
                .andExpect(content().string(containsString("Interdire : Parents → leurs enfants")));
        mvc.perform(get("/admin/structures/" + ecole + "/communication").cookie(anne)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/structures/" + college + "/communication").cookie(login("paul.martin")))
                .andExpect(status().isForbidden()); // no right to manage rules
        mvc.perform(get("/admin/communication").cookie(login("lucas.durand"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/communication").cookie(anne))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Règles par défaut du territoire"))));
        mvc.perform(get("/admin/structures/" + college + "/communication/classes/" + demo.classId("6A")).cookie(anne))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Interdire : Parents de 6A → Enseignants de 6A")));
        mvc.perform(get("/admin/structures/" + ecole + "/communication/classes/" + demo.classId("6A")).cookie(login("marc.petit")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClassToggleAppliesAtOnceAndNeedsTheCsrfToken() throws Exception {
        var anne = login("anne.bernard");
        String url = "/admin/structures/" + college + "/communication/rules";
        var form = post(url).param("scope", "CLASS").param("from", "STUDENT").param("to", "STUDENT")
                .param("allowed", "false").param("classId", demo.classId("6A").toString()).cookie(anne);
        mvc.perform(form).andExpect(status().isForbidden());
        assertThat(reach.canReach(demo.login("lucas.durand"), demo.pupil("6A", 0))).isTrue();
        mvc.perform(form.with(csrf())).andExpect(redirectedUrl("/admin/structures/" + college
                + "/communication/classes/" + demo.classId("6A") + "?saved=CLASS.STUDENT.STUDENT#class"));
        assertThat(reach.canReach(demo.login("lucas.durand"), demo.pupil("6A", 0))).isFalse();
        mvc.perform(get("/admin/structures/" + college + "/communication/classes/" + demo.classId("6A")).cookie(anne))
                .andExpect(content().string(containsString("Autoriser : Élèves de 6A → Élèves de 6A")))
                .andExpect(content().string(containsString("règle de la classe")));
        mvc.perform(post(url).param("scope", "CLASS").param("from", "STUDENT").param("to", "STUDENT")
                .param("allowed", "true").cookie(login("marc.petit")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(url).param("scope", "CLASS").param("from", "STUDENT").param("to", "STUDENT")
                .param("allowed", "true").param("classId", demo.classId("CE1").toString()).cookie(anne).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCentralAdminLocksADefaultThatSchoolsThenCannotChange() throws Exception {
        var admin = login("admin.region");
        mvc.perform(get("/admin/communication").cookie(admin))
                .andExpect(content().string(containsString("Règles par défaut du territoire")))
                .andExpect(content().string(containsString("Imposer : Élèves → Élèves")));
        mvc.perform(post("/admin/communication/rules").param("scope", "STRUCTURE").param("from", "STUDENT")
                .param("to", "STUDENT").param("allowed", "false").param("locked", "true").cookie(login("anne.bernard"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/communication/rules").param("scope", "STRUCTURE").param("from", "STUDENT")
                .param("to", "STUDENT").param("allowed", "false").param("locked", "true").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/communication?saved=STRUCTURE.STUDENT.STUDENT#structure"));
        var anne = login("anne.bernard");
        mvc.perform(get("/admin/structures/" + college + "/communication").cookie(anne))
                .andExpect(content().string(containsString("imposée par le territoire")))
                .andExpect(content().string(not(containsString("Autoriser : Élèves → Élèves"))));
        mvc.perform(post("/admin/structures/" + college + "/communication/rules").param("scope", "STRUCTURE")
                .param("from", "STUDENT").param("to", "STUDENT").param("allowed", "true").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/communication?locked#structure"));
    }

    @Test
    void aRuleBetweenGroupsOpensTheAnnuaire() throws Exception {
        var lucas = login("lucas.durand");
        String pupil6B = jdbc.sql("select display_name from directory.persons where id = :id")
                .param("id", demo.pupil("6B", 0).value()).query(String.class).single();
        mvc.perform(get("/api/v1/directory/search").param("q", pupil6B).cookie(lucas))
                .andExpect(content().string(not(containsString(pupil6B))));
        var anne = login("anne.bernard");
        mvc.perform(post("/admin/communication/links").param("from", "class:" + demo.classId("6A") + ":STUDENT")
                        .param("to", "class:" + demo.classId("6B") + ":STUDENT").param("structure", college)
                        .cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/communication?linkAdded#links"));
        mvc.perform(get("/api/v1/directory/search").param("q", pupil6B).cookie(lucas))
                .andExpect(jsonPath("$.items[0].displayName").value(pupil6B));
        mvc.perform(get("/admin/structures/" + college + "/communication").cookie(anne))
                .andExpect(content().string(containsString("Élèves de la classe 6A – Collège Victor Hugo → Élèves de la classe 6B – Collège Victor Hugo")));
        mvc.perform(post("/admin/communication/links").param("from", "class:" + demo.classId("6A") + ":STUDENT")
                        .param("to", "class:" + demo.classId("CE1") + ":STUDENT").param("structure", college)
                        .cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/communication?linkRefused#links"));
    }

    /** Group ids are typed at the edge: one that cannot be a group names nothing (404), not a refused rule. */
    @Test
    void aGroupIdThatIsNotOneIsNotFound() throws Exception {
        var anne = login("anne.bernard");
        String sixA = "class:" + demo.classId("6A") + ":STUDENT";
        int links = jdbc.sql("select count(*) from access.communication_links").query(Integer.class).single();
        for (String bad : new String[] { "class:" + demo.classId("6B") + ":student", "6B", "group:nope" }) {
            mvc.perform(post("/admin/communication/links").param("from", sixA).param("to", bad)
                    .param("structure", college).cookie(anne).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/admin/structures/" + college + "/rights/grants").param("group", "class:6A:STUDENT")
                .param("role", java.util.UUID.randomUUID().toString()).cookie(anne).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from access.communication_links").query(Integer.class).single())
                .as("nothing was added").isEqualTo(links);
    }

    @Test
    void theKillSwitchShowsABannerToThePeopleOfTheStructure() throws Exception {
        var anne = login("anne.bernard");
        String url = "/admin/structures/" + college + "/kill-switch";
        mvc.perform(post(url).param("mode", "PUPILS").param("reason", " ").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/communication?invalidReason#kill-switch"));
        mvc.perform(post(url).param("mode", "PUPILS").param("reason", "Incident sur la messagerie").cookie(login("marc.petit"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(url).param("mode", "PUPILS").param("reason", "Incident sur la messagerie").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/communication?suspended#kill-switch"));
        mvc.perform(get("/").cookie(login("lucas.durand")))
                .andExpect(content().string(containsString("Collège Victor Hugo : les communications entre élèves sont suspendues. Motif : Incident sur la messagerie")));
        mvc.perform(get("/").cookie(login("claire.leroy")))
                .andExpect(content().string(not(containsString("communication-suspended"))));
        mvc.perform(get("/admin/structures/" + college + "/communication").cookie(anne))
                .andExpect(content().string(containsString("Motif affiché : Incident sur la messagerie")));
        mvc.perform(post(url + "/lift").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/communication?lifted#kill-switch"));
        mvc.perform(get("/").cookie(login("lucas.durand")))
                .andExpect(content().string(not(containsString("communication-suspended"))));
    }
}
