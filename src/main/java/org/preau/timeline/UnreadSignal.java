package org.preau.timeline;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node that some people's unread count changed, through PostgreSQL
 * {@code NOTIFY timeline_unread}: sent when the transaction commits, never before, and to all
 * nodes that {@code LISTEN} (the header's live count).
 */
@Component
class UnreadSignal {

    static final String CHANNEL = "timeline_unread";
    /** Ids per payload: a payload holds at most 8,000 bytes, an id 36. */
    private static final int PER_PAYLOAD = 200;

    private final JdbcClient jdbc;

    UnreadSignal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void changed(Collection<PersonId> people) {
        List<PersonId> list = List.copyOf(people);
        for (int from = 0; from < list.size(); from += PER_PAYLOAD) {
            String payload = list.subList(from, Math.min(list.size(), from + PER_PAYLOAD)).stream()
                    .map(PersonId::toString).collect(Collectors.joining(","));
            jdbc.sql("select pg_notify(:c, :p)").param("c", CHANNEL).param("p", payload).query(String.class)
                    .optional();
        }
    }
}
