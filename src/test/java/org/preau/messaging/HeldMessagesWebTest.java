package org.preau.messaging;

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

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * A pupil flooding through the API is told, in their language, that their messages are held (202,
 * state HELD) and the compose page says so; the school's admin sees them under "Messages retenus",
 * releases one (delivered) and discards another (never delivered, kept); an admin of another school
 * neither sees nor acts on them (404), and a teacher without the moderation role is refused (403).
 */
@PreauSpringTest
class HeldMessagesWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;

    private String send(Cookie session, String to, String subject, String language) throws Exception {
        return mvc.perform(post("/api/v1/messages").cookie(session).with(csrf()).header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": [\"" + to + "\"], \"subject\": \"" + subject + "\", \"body\": \"x " + subject + "\"}"))
                .andReturn().getResponse().getContentAsString();
    }

    private UUID id(String subject) {
        return jdbc.sql("select id from messaging.messages where subject = :s").param("s", subject).query(UUID.class)
                .single();
    }

    private String state(UUID id) {
        return jdbc.sql("select state from messaging.messages where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void aFloodingPupilIsToldTheAdminReleasesOneDiscardsAnotherAndOtherSchoolsCannot() throws Exception {
        var fx = new MessagingFixtures(jdbc, directory);
        String to = fx.id("paul.martin").toString();
        // whatever the demo had Lucas send recently does not count
        jdbc.sql("delete from messaging.messages where sender_id = :p").param("p", fx.id("lucas.durand").value()).update();
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        for (int i = 1; i <= 14; i++) {
            assertThat(send(lucas, to, "Flot " + i, "fr")).contains("\"state\":\"SENT\"");
        }
        mvc.perform(post("/api/v1/messages").cookie(lucas).with(csrf()).header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": [\"" + to + "\"], \"subject\": \"Retenu 1\", \"body\": \"x\"}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.state").value("HELD"))
                .andExpect(jsonPath("$.detail").value(containsString("Vos messages sont retenus en attendant la vérification d'un administrateur")));
        mvc.perform(post("/api/v1/messages").cookie(lucas).with(csrf()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": [\"" + to + "\"], \"subject\": \"Retenu 2\", \"body\": \"y\"}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.detail").value(containsString("Your messages are held")));
        mvc.perform(get("/messages/new").cookie(lucas)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"held-notice\"")));
        UUID first = id("Retenu 1");
        UUID second = id("Retenu 2");

        // another school's admin: sees none, acts on none
        var marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(get("/messages/held").cookie(marc)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Retenu 1"))));
        mvc.perform(post("/messages/held/" + first + "/release").cookie(marc).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/messages/held/" + first + "/discard").cookie(marc).with(csrf())).andExpect(status().isNotFound());
        // a teacher does not moderate by default
        var paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/messages/held").cookie(paul)).andExpect(status().isForbidden());
        assertThat(state(first)).isEqualTo("HELD");

        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/moderation").cookie(anne)).andExpect(content().string(containsString("/messages/held")));
        mvc.perform(get("/messages/held").cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Retenu 1"))).andExpect(content().string(containsString("Retenu 2")));
        mvc.perform(post("/messages/held/" + first + "/release").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/messages/held?released"));
        mvc.perform(post("/messages/held/" + second + "/discard").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/messages/held?discarded"));
        // decided once: a second decision finds nothing
        mvc.perform(post("/messages/held/" + first + "/discard").cookie(anne).with(csrf())).andExpect(status().isNotFound());
        fx.awaitDelivered(first, 1);
        assertThat(fx.receivers(first)).containsExactly(fx.id("paul.martin").value());
        assertThat(state(first)).isEqualTo("SENT");
        assertThat(state(second)).isEqualTo("DISCARDED");
        assertThat(fx.delivered(second)).isZero();
        assertThat(jdbc.sql("select decision from messaging.held_decisions where message_id in (:a, :b) order by decision")
                .param("a", first).param("b", second).query(String.class).list()).isEqualTo(List.of("DISCARD", "RELEASE"));
    }
}
