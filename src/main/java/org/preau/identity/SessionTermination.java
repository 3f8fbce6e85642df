package org.preau.identity;

import org.preau.directory.AccessWithdrawn;
import org.preau.directory.PersonSuspended;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of people who may no longer use Préau, on every node (sessions live in
 * the database), and revokes the access tokens of a suspended person: reinstated, they make new ones.
 */
@Component
class SessionTermination {

    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);

    private final Sessions sessions;
    private final AccessTokens tokens;

    SessionTermination(Sessions sessions, AccessTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @ApplicationModuleListener
    void on(PersonSuspended event) {
        tokens.revokeAll(event.person());
        log.info("Access tokens of suspended person {} revoked", event.person());
    }

    @ApplicationModuleListener
    void on(AccessWithdrawn event) {
        int ended = event.persons().stream().mapToInt(sessions::endAll).sum();
        if (ended > 0) {
            log.info("Ended {} session(s) of {} person(s) whose access was withdrawn", ended, event.persons().size());
        }
    }
}
