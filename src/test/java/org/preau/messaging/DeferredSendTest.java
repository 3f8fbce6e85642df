package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.platform.PeopleTime;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * A teacher writing on Sunday evening is offered to send at 07:30 on Monday, and the message
 * waits in Sent until then; during school hours, and to pupils, nothing is offered.
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
class DeferredSendTest {

    private static final String BUTTON = "Envoyer à 07:30 le prochain jour d&#39;école (lundi 30 novembre)";

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    ScheduledSending scheduled;

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PeopleTime.ZONE).toInstant();
    }

    @Test
    void onSundayEveningATeacherSchedulesForMondayMorning() throws Exception {
        var fx = new MessagingFixtures(jdbc, directory);
        clock.set(paris("2026-11-29T21:15"));
        Cookie paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/messages/new").cookie(paul)).andExpect(content().string(containsString(BUTTON)));
        Cookie lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/messages/new").cookie(lucas)).andExpect(content().string(not(containsString("send-deferred"))));

        mvc.perform(post("/messages/compose").cookie(paul).with(csrf()).param("action", "deferred")
                        .param("to", fx.id("lucas.durand").toString()).param("subject", "Pour lundi")
                        .param("body", "Pensez au compas."))
                .andExpect(redirectedUrl("/messages?folder=SENT&scheduled"));
        UUID id = jdbc.sql("select id from messaging.messages where subject = 'Pour lundi'").query(UUID.class).single();
        assertThat(jdbc.sql("select state from messaging.messages where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("SCHEDULED");
        assertThat(jdbc.sql("select send_at from messaging.messages where id = :id").param("id", id)
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(paris("2026-11-30T07:30"));
        mvc.perform(get("/messages").param("folder", "SENT").cookie(paul))
                .andExpect(content().string(containsString("Pour lundi")));

        clock.set(paris("2026-11-30T07:31"));
        scheduled.sendDue();
        fx.awaitDelivered(id, 1);
    }

    @Test
    void duringSchoolHoursNothingIsOffered() throws Exception {
        clock.set(paris("2026-12-01T10:00"));
        Cookie paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/messages/new").cookie(paul)).andExpect(content().string(not(containsString("send-deferred"))));
        clock.advance(Duration.ofHours(11));
        mvc.perform(get("/messages/new").cookie(paul))
                .andExpect(content().string(containsString("(mercredi 2 décembre)")));
    }
}
