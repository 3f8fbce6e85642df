package org.preau.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.preau.directory.Directory;
import org.preau.platform.PreauUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A logged-in person changes their password: the current one first, then the policy, and none of the last ten. */
@Service
public class PasswordChange {

    static final int HISTORY = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    PasswordChange(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, Directory directory,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policy = policy;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules a new password must follow for this person (the page's hint). */
    public PasswordPolicy.Kind kind(PreauUser user) {
        return directory.card(user.personId()).map(Activation::kind).orElse(PasswordPolicy.Kind.ADULT);
    }

    /** What is wrong; empty when the password was changed. */
    @Transactional
    public List<PasswordPolicy.Violation> change(PreauUser user, String current, String chosen) {
        String hash = jdbc.sql("select password_hash from identity.accounts where person_id = :p")
                .param("p", user.personId().value()).query(String.class).optional().orElse(null);
        if (hash == null || current.length() > Accounts.MAX_PASSWORD_LENGTH || !passwords.matches(current, hash)) {
            return List.of(new PasswordPolicy.Violation("password.currentWrong", 0));
        }
        List<PasswordPolicy.Violation> violations = new ArrayList<>(
                policy.check(chosen, kind(user), user.login(), user.displayName()));
        if (violations.isEmpty() && reused(user, chosen, hash)) {
            violations.add(new PasswordPolicy.Violation("password.reused", HISTORY));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("insert into identity.password_history values (:p, :h, :at)")
                .param("p", user.personId().value()).param("h", hash).param("at", now).update();
        jdbc.sql("update identity.accounts set password_hash = :h where person_id = :p")
                .param("h", passwords.encode(chosen)).param("p", user.personId().value()).update();
        jdbc.sql("""
                delete from identity.password_history where person_id = :p and changed_at < (
                  select min(changed_at) from (select changed_at from identity.password_history where person_id = :p
                  order by changed_at desc limit :keep) recent)""")
                .param("p", user.personId().value()).param("keep", HISTORY - 1).update();
        audit.record(AuditLog.Type.PASSWORD_CHANGED, user.personId(), user.personId(), null);
        return List.of();
    }

    private boolean reused(PreauUser user, String chosen, String currentHash) {
        if (passwords.matches(chosen, currentHash)) {
            return true;
        }
        return jdbc.sql("""
                select hash from identity.password_history where person_id = :p order by changed_at desc limit :n""")
                .param("p", user.personId().value()).param("n", HISTORY - 1).query(String.class).list().stream()
                .anyMatch(old -> passwords.matches(chosen, old));
    }
}
