package org.preau.support;

import org.preau.identity.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts no other test logs in with, for tests that change how a person logs in (MFA):
 * pupils of the demo whose accounts were not activated get the demo password.
 */
public final class FreshAccounts {

    private FreshAccounts() {
    }

    /** Activates the last not yet activated pupil account of the school (by login, away from tests that take the first); returns the login. */
    public static String pupil(JdbcClient jdbc, Accounts accounts, String uai) {
        String login = jdbc.sql("""
                select a.login from identity.accounts a join directory.person_profiles p on p.person_id = a.person_id
                join directory.structures s on s.id = p.structure_id
                where a.password_hash is null and p.profile = 'STUDENT' and s.uai = :uai
                order by a.login desc limit 1""").param("uai", uai).query(String.class).single();
        jdbc.sql("update identity.accounts set password_hash = :h where login = :l")
                .param("h", accounts.hash(DemoAccounts.PASSWORD)).param("l", login).update();
        return login;
    }
}
