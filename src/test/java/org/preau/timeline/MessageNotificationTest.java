package org.preau.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A message sent through the API lands in the recipient's timeline: who wrote and the subject, never the body. */
@PreauSpringTest
class MessageNotificationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aParentIsToldOfTheTeachersMessageOnceWithoutItsBody() throws Exception {
        UUID sophie = jdbc.sql("select person_id from identity.accounts where login = 'sophie.durand'")
                .query(UUID.class).single();
        var paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(post("/api/v1/messages").cookie(paul).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"to": ["%s"], "cc": [], "bcc": [], "subject": "Sortie au musée", "body": "<p>Secret du corps</p>"}"""
                        .formatted(sophie))).andExpect(status().isCreated());
        var parent = DemoAccounts.login(mvc, "sophie.durand");
        await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get("/api/v1/timeline").cookie(parent)
                .header("Accept-Language", "fr")).andReturn().getResponse().getContentAsString()
                .contains("messaging.message"));
        String feed = mvc.perform(get("/api/v1/timeline").cookie(parent).header("Accept-Language", "fr"))
                .andReturn().getResponse().getContentAsString();
        assertThat(feed).contains("Paul Martin vous a écrit : Sortie au musée").doesNotContain("Secret du corps")
                .contains("/messages/");
        assertThat(feed.split("vous a écrit : Sortie au musée\"", -1)).as("told once").hasSize(2);
    }

    @Test
    void aRecalledMessageLeavesNoTraceForItsRecipient() throws Exception {
        UUID sophie = jdbc.sql("select person_id from identity.accounts where login = 'sophie.durand'")
                .query(UUID.class).single();
        var paul = DemoAccounts.login(mvc, "paul.martin");
        String created = mvc.perform(post("/api/v1/messages").cookie(paul).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"to": ["%s"], "cc": [], "bcc": [], "subject": "Rappel Zanzibar", "body": "<p>Oups</p>"}"""
                        .formatted(sophie))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        var parent = DemoAccounts.login(mvc, "sophie.durand");
        await().atMost(Duration.ofSeconds(20)).until(() -> page(parent, "/api/v1/timeline").contains("Rappel Zanzibar"));
        assertThat(page(parent, "/timeline/widgets/recent")).contains("Rappel Zanzibar");
        assertThat(page(parent, "/messages/widgets/latest")).contains("Rappel Zanzibar");

        mvc.perform(post("/api/v1/messages/" + id + "/recall").cookie(paul).with(csrf())).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(20)).until(() -> !page(parent, "/api/v1/timeline").contains("Zanzibar"));
        assertThat(page(parent, "/timeline/widgets/recent")).doesNotContain("Zanzibar");
        assertThat(page(parent, "/messages/widgets/latest")).doesNotContain("Zanzibar");
        assertThat(page(parent, "/search?q=Zanzibar")).doesNotContain("Rappel Zanzibar");
        assertThat(page(parent, "/messages")).doesNotContain("Zanzibar");
        assertThat(jdbc.sql("select count(*) from timeline.entries where source_key = :k")
                .param("k", "messaging.message:" + id).query(Long.class).single()).as("no unread entry left").isZero();
    }

    private String page(jakarta.servlet.http.Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session).header("Accept-Language", "fr")).andReturn().getResponse()
                .getContentAsString();
    }

}
