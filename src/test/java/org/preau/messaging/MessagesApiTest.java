package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/** {@code /api/v1/messages} as API.md writes it: send, list, read, recall; refusals as problem details. */
@PreauSpringTest
@Import(MovableClock.Config.class)
class MessagesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    MovableClock clock;

    MessagingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new MessagingFixtures(jdbc, directory);
    }

    private String send(Cookie session, String json) throws Exception {
        return mvc.perform(post("/api/v1/messages").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/messages/")))
                .andExpect(jsonPath("$.state").value("SENT"))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aTeacherSendsAndTheParentListsReadsAndSeesItRead() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        String json = send(paul, """
                {"to": ["%s"], "cc": [], "bcc": ["%s"], "subject": "Réunion", "body": "<p>Bonjour <script>x()</script></p>"}"""
                .formatted(fx.group("6A", "RELATIVE"), fx.id("anne.bernard")));
        UUID id = UUID.fromString(JsonPath.read(json, "$.id"));
        fx.awaitDelivered(id, fx.parentsOf("6A").size() + 1);

        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/api/v1/messages").param("folder", "INBOX").cookie(sophie))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id.toString()))
                .andExpect(jsonPath("$.items[0].subject").value("Réunion"))
                .andExpect(jsonPath("$.items[0].from.displayName").value("Paul Martin"))
                .andExpect(jsonPath("$.items[0].from.id").value(fx.id("paul.martin").toString()))
                .andExpect(jsonPath("$.items[0].date").isString())
                .andExpect(jsonPath("$.items[0].unread").value(true))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/api/v1/messages/" + id).cookie(sophie))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to[0].id").value(fx.group("6A", "RELATIVE")))
                .andExpect(jsonPath("$.to[0].displayName").value(containsString("6A")))
                .andExpect(jsonPath("$.cc").isEmpty())
                .andExpect(jsonPath("$.bcc").isEmpty())
                .andExpect(jsonPath("$.body").value("<p>Bonjour </p>"))
                .andExpect(jsonPath("$.attachments").isArray());
        mvc.perform(get("/api/v1/messages").cookie(sophie))
                .andExpect(jsonPath("$.items[0].unread").value(false));
        mvc.perform(get("/api/v1/messages/" + id).cookie(paul))
                .andExpect(jsonPath("$.bcc[0].displayName").value("Anne Bernard"));
        mvc.perform(get("/api/v1/messages").param("folder", "SENT").cookie(paul))
                .andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
    }

    @Test
    void unreachableRecipientsAreNamedInA403() throws Exception {
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        String parents = fx.group("6A", "RELATIVE");
        mvc.perform(post("/api/v1/messages").cookie(sophie).with(csrf()).header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": [\"" + parents + "\"], \"subject\": \"x\", \"body\": \"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(containsString("Parents d'élèves de la classe 6A")))
                .andExpect(jsonPath("$.recipients[0].id").value(parents));
        assertThat(jdbc.sql("select count(*) from messaging.messages where subject = 'x'").query(Long.class).single())
                .isZero();
    }

    @Test
    void anotherPersonsMessageIsA404() throws Exception {
        String json = send(DemoAccounts.login(mvc, "paul.martin"),
                "{\"to\": [\"" + fx.id("lucas.durand") + "\"], \"subject\": \"Privé\", \"body\": \"x\"}");
        String id = JsonPath.read(json, "$.id");
        var claire = DemoAccounts.login(mvc, "claire.leroy");
        mvc.perform(get("/api/v1/messages/" + id).cookie(claire)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(post("/api/v1/messages/" + id + "/recall").cookie(claire).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/messages").param("folder", "INBOX").cookie(claire))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    }

    @Test
    void aRecallWorksWithinTheHourAndIsA409After() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        String to = "{\"to\": [\"" + fx.id("lucas.durand") + "\"], \"subject\": \"Rappel\", \"body\": \"x\"}";
        String first = JsonPath.read(send(paul, to), "$.id");
        fx.awaitDelivered(UUID.fromString(first), 1);
        mvc.perform(get("/api/v1/messages/" + first).cookie(DemoAccounts.login(mvc, "lucas.durand")));
        mvc.perform(post("/api/v1/messages/" + first + "/recall").cookie(paul).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECALLED"))
                .andExpect(jsonPath("$.readBy[0].displayName").value("Lucas Durand"));

        String second = JsonPath.read(send(paul, to), "$.id");
        clock.advance(Duration.ofMinutes(61));
        mvc.perform(post("/api/v1/messages/" + second + "/recall").cookie(paul).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("60 minutes")));
    }

    @Test
    void aMessageCanBeScheduled() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        String at = clock.instant().plus(Duration.ofDays(1)).toString();
        mvc.perform(post("/api/v1/messages").cookie(paul).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": [\"" + fx.id("lucas.durand") + "\"], \"subject\": \"Demain\", \"body\": \"x\", "
                                + "\"sendAt\": \"" + at + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SCHEDULED"));
        mvc.perform(get("/api/v1/messages").param("folder", "SENT").cookie(paul))
                .andExpect(jsonPath("$.items[0].subject").value("Demain"));
    }

    @Test
    void anOverSizeJsonBodyIsRefusedBeforeItIsReadWithAClearMessage() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        String body = "{\"to\": [\"%s\"], \"subject\": \"Énorme\", \"body\": \"%s\"}"
                .formatted(fx.id("lucas.durand"), "x".repeat(3 * 1024 * 1024));
        long start = System.nanoTime();
        mvc.perform(post("/api/v1/messages").cookie(paul).with(csrf()).header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("Ce texte est trop long")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        mvc.perform(post("/messages/compose").cookie(paul).with(csrf()).header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("subject=x&body=" + "y".repeat(3 * 1024 * 1024)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("demasiado largo")));
        assertThat(jdbc.sql("select count(*) from messaging.messages where subject = 'Énorme'").query(Long.class)
                .single()).isZero();
    }

}
