package org.preau.feeding;

import org.preau.directory.PersonsDeleted;
import org.preau.directory.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The imports an admin ran keep their reports; a deleted admin is named by a pseudonym, a merged one by the kept record. */
@Component
class ImportsCleanup {

    private final JdbcClient jdbc;

    ImportsCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        String[] ids = event.persons().stream().map(id -> id.value().toString()).toArray(String[]::new);
        jdbc.sql("""
                with p as materialized (select id, gen_random_uuid() as pseudonym from unnest(:ids::uuid[]) as id)
                update feeding.imports i set created_by = p.pseudonym from p where i.created_by = p.id""")
                .param("ids", ids).update();
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        jdbc.sql("update feeding.imports set created_by = :k where created_by = :r")
                .param("k", event.kept().value()).param("r", event.removed().value()).update();
    }
}
