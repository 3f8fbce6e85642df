package org.preau.access;

import java.util.List;

import org.preau.directory.PersonsDeleted;
import org.preau.directory.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the access model keeps about who changed it (grants, rules, links, the kill switch,
 * shares, its audit): a deleted person's id is replaced by a pseudonym, one per person, so that
 * the history stays readable without naming them; a merge moves it to the kept record.
 * Shares and resources themselves are {@link SharingCleanup}'s.
 */
@Component
class AccessCleanup {

    /** Every column of the module that names who did something. */
    private static final List<String> AUTHORS = List.of("access.grants.granted_by", "access.shares.granted_by",
            "access.communication_rules.updated_by", "access.communication_links.created_by",
            "access.kill_switches.set_by");

    private final JdbcClient jdbc;

    AccessCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        for (var person : event.persons()) {
            var id = person.value();
            var pseudonym = jdbc.sql("select gen_random_uuid()").query(java.util.UUID.class).single();
            for (String column : AUTHORS) {
                update(column, pseudonym, id);
            }
            jdbc.sql("""
                    update access.audit set actor_id = case when actor_id = :id then :p else actor_id end,
                        detail = replace(detail, :idText, :pText)
                    where actor_id = :id or strpos(detail, :idText) > 0""")
                    .param("id", id).param("p", pseudonym).param("idText", id.toString())
                    .param("pText", pseudonym.toString()).update();
        }
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        var kept = event.kept().value();
        var removed = event.removed().value();
        for (String column : AUTHORS) {
            update(column, kept, removed);
        }
        jdbc.sql("update access.audit set actor_id = :k where actor_id = :r").param("k", kept).param("r", removed).update();
    }

    private void update(String column, java.util.UUID to, java.util.UUID from) {
        int dot = column.lastIndexOf('.');
        jdbc.sql("update %s set %s = :to where %2$s = :from".formatted(column.substring(0, dot), column.substring(dot + 1)))
                .param("to", to).param("from", from).update();
    }
}
