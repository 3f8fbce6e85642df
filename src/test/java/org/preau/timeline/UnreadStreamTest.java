package org.preau.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.preau.timeline.Notifications.Notice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The header's live count: a stream per tab, fed through PostgreSQL LISTEN/NOTIFY. */
@PreauSpringTest
class UnreadStreamTest {

    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+),");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    UnreadListener listener;
    @Autowired
    UnreadStreams streams;

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(20)).until(listener::listening);
    }

    private PersonId person(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    private MockHttpServletResponse open(Cookie session) throws Exception {
        return mvc.perform(get("/timeline/stream").cookie(session).accept(MediaType.TEXT_EVENT_STREAM)
                .header("Accept-Language", "fr")).andExpect(request().asyncStarted()).andReturn().getResponse();
    }

    private void tell(PersonId person) {
        notifications.notify(new Notice("diary.homework", List.of(person), List.of("Mathématiques", "lundi"),
                "/diary", null, "stream-test:" + UUID.randomUUID()));
    }

    /** The count the stream said last (-1 before any). */
    private static int last(MockHttpServletResponse stream) throws Exception {
        Matcher counts = COUNT.matcher(stream.getContentAsString());
        int last = -1;
        while (counts.find()) {
            last = Integer.parseInt(counts.group(1));
        }
        return last;
    }

    /** The stream caught up with the person's count, which is above {@code floor} (other notifications may arrive meanwhile). */
    private boolean caughtUp(MockHttpServletResponse stream, PersonId person, int floor) throws Exception {
        int said = last(stream);
        return said > floor && said == notifications.unread(person);
    }

    @Test
    void aNotificationCreatedAfterTheStreamOpenedPushesTheNewCount() throws Exception {
        PersonId lucas = person("lucas.durand");
        MockHttpServletResponse stream = open(DemoAccounts.login(mvc, "lucas.durand"));
        assertThat(stream.getContentType()).startsWith("text/event-stream");
        await().until(() -> last(stream) >= 0);
        int before = last(stream);
        assertThat(stream.getContentAsString()).contains("event:unread").contains("retry:10000");

        tell(lucas);
        await().atMost(Duration.ofSeconds(10)).until(() -> caughtUp(stream, lucas, before));

        notifications.markAllRead(lucas);
        await().atMost(Duration.ofSeconds(10)).until(() -> last(stream) == notifications.unread(lucas));
    }

    @Test
    void afterTheListenerLostItsConnectionItListensAgainAndCountsStillArrive() throws Exception {
        PersonId emma = person("emma.durand");
        MockHttpServletResponse stream = open(DemoAccounts.login(mvc, "emma.durand"));
        await().until(() -> last(stream) >= 0);
        int before = last(stream);
        int connections = listener.connections();

        listener.breakConnection();
        await().atMost(Duration.ofSeconds(20)).until(() -> listener.connections() > connections && listener.listening());

        tell(emma);
        await().atMost(Duration.ofSeconds(10)).until(() -> caughtUp(stream, emma, before));
    }

    @Test
    void aPersonHasAtMostFiveStreamsAndLoggingOutClosesThem() throws Exception {
        Cookie claire = DemoAccounts.login(mvc, "claire.leroy");
        int others = streams.open();
        for (int i = 0; i < 6; i++) {
            open(claire);
        }
        assertThat(streams.open() - others).isEqualTo(5);

        mvc.perform(post("/logout").cookie(claire).with(csrf())).andExpect(status().is3xxRedirection());
        await().until(() -> streams.open() == others);
    }

    @Test
    void theStreamNeedsALoginAndThePageRendersTheCountWithoutScript() throws Exception {
        var refused = mvc.perform(get("/timeline/stream").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login")).andReturn().getResponse().getCookie("SESSION");
        // a background stream is never where the login goes next
        mvc.perform(post("/login").cookie(refused).with(csrf()).param("username", "marc.petit")
                .param("password", DemoAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(DemoAccounts.login(mvc, "marc.petit"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"timeline-unread\"")))
                .andExpect(content().string(containsString("data-stream=\"/timeline/stream\"")))
                .andExpect(content().string(containsString("src=\"/js/timeline.js\"")));
    }
}
