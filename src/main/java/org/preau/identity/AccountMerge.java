package org.preau.identity;

import org.preau.directory.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After two records of one person are merged, the person keeps one account: the kept
 * record's, or the removed record's when the kept one had none (or had one not activated
 * while the other was).
 */
@Component
class AccountMerge {

    private final JdbcClient jdbc;

    AccountMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        boolean keptActivated = jdbc.sql("select exists (select 1 from identity.accounts where person_id = :k and password_hash is not null)")
                .param("k", event.kept().value()).query(Boolean.class).single();
        boolean removedActivated = jdbc.sql("select exists (select 1 from identity.accounts where person_id = :r and password_hash is not null)")
                .param("r", event.removed().value()).query(Boolean.class).single();
        boolean keptHasAccount = jdbc.sql("select exists (select 1 from identity.accounts where person_id = :k)")
                .param("k", event.kept().value()).query(Boolean.class).single();
        boolean moveAccount = !keptHasAccount || (removedActivated && !keptActivated);
        // everything kept about an account (second factors, verified mail, devices, tokens...) goes with it
        for (String table : AccountCleanup.ACCOUNT_TABLES) {
            if (moveAccount) {
                jdbc.sql("delete from " + table + " where person_id = :k").param("k", event.kept().value()).update();
                jdbc.sql("update " + table + " set person_id = :k where person_id = :r")
                        .param("k", event.kept().value()).param("r", event.removed().value()).update();
            } else {
                jdbc.sql("delete from " + table + " where person_id = :r").param("r", event.removed().value()).update();
            }
        }
        // the security audit follows the person
        for (String column : java.util.List.of("person_id", "actor_id")) {
            jdbc.sql("update identity.audit_events set " + column + " = :k where " + column + " = :r")
                    .param("k", event.kept().value()).param("r", event.removed().value()).update();
        }
    }
}
