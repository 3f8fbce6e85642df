package org.preau.identity;

import org.preau.directory.PersonsDeleted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Deletes the accounts of people deleted from the directory (idempotent). */
@Component
class AccountCleanup {

    private final JdbcTemplate jdbc;

    AccountCleanup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        jdbc.batchUpdate("delete from identity.accounts where person_id = ?", event.persons(), 1000,
                (ps, id) -> ps.setObject(1, id.value()));
    }
}
