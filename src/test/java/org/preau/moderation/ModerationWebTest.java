package org.preau.moderation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.Messaging;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The report form, the moderation pages and the JSON API (API.md), with their refusals. */
@PreauSpringTest
class ModerationWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Messaging messaging;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    ModerationScenario fx;

    @BeforeEach
    void scenario() {
        fx = new ModerationScenario(jdbc, directory, messaging);
    }

    @Test
    void aParentReportsFromTheFormTheAdminNeutralizesFromTheQueueAndTheSenderIsTold() throws Exception {
        UUID message = fx.offensiveMessage("Insultes");
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/messages/" + message).cookie(sophie)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/new?type=MESSAGE&amp;id=" + message)));
        mvc.perform(get("/reports/new").param("type", "MESSAGE").param("id", message.toString())
                        .param("back", "/messages/" + message).cookie(sophie))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Menace ou violence")));
        // no reason chosen: said, and the details typed are kept
        mvc.perform(post("/reports").cookie(sophie).with(csrf()).param("type", "MESSAGE")
                        .param("id", message.toString()).param("details", "Il insulte mon fils"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez la raison du signalement.")))
                .andExpect(content().string(containsString("Il insulte mon fils")));
        mvc.perform(post("/reports").cookie(sophie).with(csrf()).param("type", "MESSAGE")
                        .param("id", message.toString()).param("reason", "HARASSMENT")
                        .param("details", "Il insulte mon fils").param("back", "/messages/" + message))
                .andExpect(redirectedUrl("/messages/" + message + "?reported"));
        // never back to another site
        mvc.perform(post("/reports").cookie(sophie).with(csrf()).param("type", "MESSAGE")
                        .param("id", message.toString()).param("reason", "HARASSMENT").param("back", "//evil.example"))
                .andExpect(redirectedUrl("/?reported"));

        var anne = DemoAccounts.login(mvc, "anne.bernard");
        String queue = mvc.perform(get("/moderation").cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Insultes"))).andReturn().getResponse().getContentAsString();
        String report = queue.replaceFirst("(?s).*?/moderation/reports/([0-9a-f-]{36}).*", "$1");
        mvc.perform(get("/moderation/reports/" + report).cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Harcèlement ou moquerie")))
                .andExpect(content().string(containsString("Il insulte mon fils")))
                .andExpect(content().string(containsString("Un texte à signaler")));
        mvc.perform(post("/moderation/reports/" + report + "/neutralize").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/moderation/reports/" + report + "?neutralized"));

        mvc.perform(get("/messages/" + message).cookie(sophie)).andExpect(status().isNotFound());
        var paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/messages/" + message).cookie(paul)).andExpect(status().isOk())
                .andExpect(content().string(containsString("masqué par la modération")));
    }

    @Test
    void whoModeratesNothingIsRefusedAndAnotherSchoolsReportIsNotFound() throws Exception {
        UUID message = fx.offensiveMessage("Hors de portée");
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(post("/reports").cookie(sophie).with(csrf()).param("type", "MESSAGE")
                .param("id", message.toString()).param("reason", "SPAM")).andExpect(status().is3xxRedirection());
        String report = jdbc.sql("select id::text from moderation.reports where target_id = :t").param("t", message)
                .query(String.class).single();

        mvc.perform(get("/moderation").cookie(sophie)).andExpect(status().isForbidden());
        var marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(get("/moderation").cookie(marc)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Hors de portée"))));
        mvc.perform(get("/moderation/reports/" + report).cookie(marc)).andExpect(status().isNotFound());
        mvc.perform(post("/moderation/reports/" + report + "/neutralize").cookie(marc).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/moderation/reports/not-an-id").cookie(marc)).andExpect(status().isNotFound());
        // a message one did not receive cannot be reported
        mvc.perform(post("/reports").cookie(marc).with(csrf()).param("type", "MESSAGE")
                .param("id", message.toString()).param("reason", "SPAM")).andExpect(status().isNotFound());
    }

    @Test
    void theApiReportsListsAndDecidesAsApiMdSays() throws Exception {
        UUID message = fx.offensiveMessage("Par l'API");
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(post("/api/v1/reports").cookie(lucas).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"MESSAGE\", \"id\": \"" + message + "\", \"reason\": \"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/reports").cookie(lucas).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"MESSAGE\", \"id\": \"" + UUID.randomUUID() + "\", \"reason\": \"x\"}"))
                .andExpect(status().isNotFound());
        String id = JsonPath.read(mvc.perform(post("/api/v1/reports").cookie(lucas).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"MESSAGE\", \"id\": \"" + message + "\", \"reason\": \"On se moque de moi\"}"))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/api/v1/reports").cookie(lucas)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/api/v1/reports?state=OPEN").cookie(anne)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].type").value(hasItem("MESSAGE")))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].target").value(hasItem(message.toString())))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].reason").value(hasItem("On se moque de moi")))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].state").value(hasItem("OPEN")))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].structure").isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].reportedAt").isNotEmpty());
        mvc.perform(post("/api/v1/reports/" + id + "/restore").cookie(anne).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/reports/" + id + "/neutralize").cookie(anne).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("NEUTRALIZED"));
        mvc.perform(get("/api/v1/messages/" + message).cookie(lucas)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reports/" + id + "/restore").cookie(anne).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("RESTORED"));
        mvc.perform(get("/api/v1/messages/" + message).cookie(lucas)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports?state=CLOSED").cookie(anne)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        var marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(post("/api/v1/reports/" + id + "/dismiss").cookie(marc).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
