package org.preau.timeline;

import java.util.List;

import org.preau.directory.PersonsDeleted;
import org.preau.directory.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * People deleted or merged in the directory (idempotent): a deleted person's feed, preferences
 * and quiet hours go, and the reports they made stay for the moderators under a pseudonym; a
 * merge moves the removed record's feed to the kept one, whose own settings win.
 */
@Component
class TimelineCleanup {

    private final JdbcClient jdbc;

    TimelineCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        String[] ids = event.persons().stream().map(id -> id.value().toString()).toArray(String[]::new);
        for (String sql : List.of("delete from timeline.entries where person_id = any(:ids::uuid[])",
                "delete from timeline.preferences where person_id = any(:ids::uuid[])",
                "delete from timeline.person_quiet_hours where person_id = any(:ids::uuid[])",
                """
                with p as materialized (select id, gen_random_uuid() as pseudonym from unnest(:ids::uuid[]) as id)
                update timeline.reports r set reporter_id = p.pseudonym from p where r.reporter_id = p.id""")) {
            jdbc.sql(sql).param("ids", ids).update();
        }
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        for (String sql : List.of("""
                delete from timeline.entries r where r.person_id = :r
                  and exists (select 1 from timeline.entries k where k.person_id = :k and k.source_key = r.source_key)""",
                "update timeline.entries set person_id = :k where person_id = :r",
                """
                insert into timeline.preferences (person_id, type, feed, mail)
                select :k, type, feed, mail from timeline.preferences where person_id = :r
                on conflict do nothing""",
                "delete from timeline.preferences where person_id = :r",
                """
                update timeline.person_quiet_hours set person_id = :k where person_id = :r
                  and not exists (select 1 from timeline.person_quiet_hours where person_id = :k)""",
                "delete from timeline.person_quiet_hours where person_id = :r",
                "update timeline.reports set reporter_id = :k where reporter_id = :r")) {
            jdbc.sql(sql).param("k", event.kept().value()).param("r", event.removed().value()).update();
        }
    }
}
