package org.preau.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.Statements;
import org.springframework.test.web.servlet.MockMvc;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;

/**
 * Two requests of one session adding the same attribute at once both succeed; the last one wins.
 * A request that changes nothing in its session writes nothing, and reads it once.
 */
@PreauSpringTest
class SessionStoreTest {

    @Autowired
    org.springframework.session.FindByIndexNameSessionRepository<? extends Session> repository;

    @Test
    void twoRequestsAddingTheSameAttributeAtOnceDoNotFail() {
        @SuppressWarnings("unchecked")
        var sessions = (org.springframework.session.SessionRepository<Session>) (Object) repository;
        Session created = sessions.createSession();
        sessions.save(created);
        // both requests loaded the session before either saved it
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());
        first.setAttribute("preau.language", "fr");
        second.setAttribute("preau.language", "en");
        sessions.save(first);
        assertThatCode(() -> sessions.save(second)).doesNotThrowAnyException();
        assertThat(sessions.findById(created.getId()).<String>getAttribute("preau.language")).isEqualTo("en");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aRequestThatChangesNothingInItsSessionWritesNothingAndReadsItOnce() throws Exception {
        var session = DemoAccounts.login(mvc, "lucas.durand");
        for (String page : new String[] { "/", "/api/v1/me", "/messages" }) {
            mvc.perform(get(page).cookie(session)).andExpect(status().isOk());
            var statements = Statements.during(() -> mvc.perform(get(page).cookie(session)).andExpect(status().isOk()));
            assertThat(statements).as(page).noneMatch(sql -> sql.toLowerCase().contains("spring_session") && !sql.startsWith("SELECT"));
            assertThat(statements).as(page).filteredOn(sql -> sql.contains("spring_session")).hasSize(1);
        }
    }

    @Test
    void theLastAccessIsWrittenOnceItMovedByAMinute() {
        @SuppressWarnings("unchecked")
        var sessions = (org.springframework.session.SessionRepository<Session>) (Object) repository;
        Session created = sessions.createSession();
        sessions.save(created);
        Instant start = sessions.findById(created.getId()).getLastAccessedTime();

        Session soon = sessions.findById(created.getId());
        soon.setLastAccessedTime(start.plusSeconds(59));
        sessions.save(soon);
        assertThat(sessions.findById(created.getId()).getLastAccessedTime()).isEqualTo(start);

        Session later = sessions.findById(created.getId());
        later.setLastAccessedTime(start.plus(Duration.ofMinutes(1)));
        sessions.save(later);
        assertThat(sessions.findById(created.getId()).getLastAccessedTime()).isEqualTo(start.plus(Duration.ofMinutes(1)));
    }
}
