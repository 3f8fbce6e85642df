package org.preau.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;

/** Two requests of one session adding the same attribute at once both succeed; the last one wins. */
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
}
