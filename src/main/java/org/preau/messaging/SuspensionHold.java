package org.preau.messaging;

import java.sql.Timestamp;
import java.time.Clock;

import org.preau.directory.PersonSuspended;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A suspended person's scheduled messages are held: back among their drafts, never sent by the
 * scheduler (a compromised account's queue must not go out later). Reinstated, they send them
 * again themselves if they still mean to.
 */
@Component
class SuspensionHold {

    private static final Logger log = LoggerFactory.getLogger(SuspensionHold.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SuspensionHold(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PersonSuspended event) {
        Timestamp now = Timestamp.from(clock.instant());
        int held = jdbc.sql("""
                with held as (
                    update messaging.messages set state = 'DRAFT', send_at = null, updated_at = :now
                    where sender_id = :p and state = 'SCHEDULED' returning id)
                update messaging.entries e set folder = 'DRAFTS', folder_id = null, trashed_at = null
                from held where e.message_id = held.id and e.person_id = :p and e.own""")
                .param("p", event.person().value()).param("now", now).update();
        if (held > 0) {
            log.info("Held {} scheduled message(s) of suspended person {}", held, event.person());
        }
    }
}
