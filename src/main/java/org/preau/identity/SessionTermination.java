package org.preau.identity;

import org.preau.directory.AccessWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends every open session of people who may no longer use Préau, on every node (sessions live in the database). */
@Component
class SessionTermination {

    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);

    private final FindByIndexNameSessionRepository<?> sessions;
    private final AccountRepository accounts;

    SessionTermination(FindByIndexNameSessionRepository<?> sessions, AccountRepository accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(AccessWithdrawn event) {
        int ended = 0;
        for (var person : event.persons()) {
            var login = accounts.loginOf(person);
            if (login.isPresent()) {
                for (String id : sessions.findByPrincipalName(login.get()).keySet()) {
                    sessions.deleteById(id);
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of {} person(s) whose access was withdrawn", ended, event.persons().size());
        }
    }
}
