package org.preau.identity;

import org.preau.directory.PersonsDeleted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes the accounts of people deleted from the directory, and everything kept about them
 * in this module (idempotent). A new per-person table of the module is added to {@link #ACCOUNT_TABLES}.
 */
@Component
class AccountCleanup {

    /** Every table of the module keyed by person, the accounts last (merges move them in this order). */
    static final java.util.List<String> ACCOUNT_TABLES = java.util.List.of("identity.activation_codes",
            "identity.password_history", "identity.verified_emails", "identity.login_failures",
            "identity.login_addresses", "identity.access_tokens", "identity.mfa_totp", "identity.mfa_recovery_codes",
            "identity.mfa_mail_codes", "identity.mail_tokens", "identity.known_devices", "identity.accounts");

    private final JdbcTemplate jdbc;
    private final Sessions sessions;

    AccountCleanup(JdbcTemplate jdbc, Sessions sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /**
     * Their sessions end, their accounts and everything about them go, and the security audit keeps
     * their events under a pseudonym (one per person, so that a series of events stays readable).
     */
    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        event.persons().forEach(sessions::endAll);
        jdbc.update("""
                with p as materialized (select id, gen_random_uuid() as pseudonym from unnest(?::uuid[]) as id)
                update identity.audit_events a set
                    person_id = coalesce((select p.pseudonym from p where p.id = a.person_id), a.person_id),
                    actor_id = coalesce((select p.pseudonym from p where p.id = a.actor_id), a.actor_id)
                where a.person_id in (select id from p) or a.actor_id in (select id from p)""",
                (Object) event.persons().stream().map(id -> id.value().toString()).toArray(String[]::new));
        for (String table : ACCOUNT_TABLES) {
            jdbc.batchUpdate("delete from " + table + " where person_id = ?", event.persons(), 1000,
                    (ps, id) -> ps.setObject(1, id.value()));
        }
    }
}
