package org.preau.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
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
        return kind(user.personId());
    }

    PasswordPolicy.Kind kind(PersonId person) {
        return directory.card(person).map(Activation::kind).orElse(PasswordPolicy.Kind.ADULT);
    }

    /** What is wrong; empty when the password was changed. */
    @Transactional
    public List<PasswordPolicy.Violation> change(PreauUser user, String current, String chosen) {
        String hash = currentHash(user.personId());
        if (hash == null || current.length() > Accounts.MAX_PASSWORD_LENGTH || !passwords.matches(current, hash)) {
            return List.of(new PasswordPolicy.Violation("password.currentWrong", 0));
        }
        var violations = violations(user.personId(), user.login(), user.displayName(), chosen, hash);
        if (violations.isEmpty()) {
            store(user.personId(), hash, chosen);
            audit.record(AuditLog.Type.PASSWORD_CHANGED, user.personId(), user.personId(), null);
        }
        return violations;
    }

    @Nullable String currentHash(PersonId person) {
        return jdbc.sql("select password_hash from identity.accounts where person_id = :p")
                .param("p", person.value()).query(String.class).optional().orElse(null);
    }

    /** What is wrong with {@code chosen} for this person: the policy, then none of the last ten. */
    List<PasswordPolicy.Violation> violations(PersonId person, String login, String displayName, String chosen,
            String currentHash) {
        List<PasswordPolicy.Violation> violations = new ArrayList<>(
                policy.check(chosen, kind(person), login, displayName));
        if (violations.isEmpty() && reused(person, chosen, currentHash)) {
            violations.add(new PasswordPolicy.Violation("password.reused", HISTORY));
        }
        return violations;
    }

    /** Replaces the password, keeping the hash of the old one in the history (ten at most). */
    void store(PersonId person, String currentHash, String chosen) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("insert into identity.password_history values (:p, :h, :at)")
                .param("p", person.value()).param("h", currentHash).param("at", now).update();
        jdbc.sql("update identity.accounts set password_hash = :h where person_id = :p")
                .param("h", passwords.encode(chosen)).param("p", person.value()).update();
        jdbc.sql("""
                delete from identity.password_history where person_id = :p and changed_at < (
                  select min(changed_at) from (select changed_at from identity.password_history where person_id = :p
                  order by changed_at desc limit :keep) recent)""")
                .param("p", person.value()).param("keep", HISTORY - 1).update();
    }

    private boolean reused(PersonId person, String chosen, String currentHash) {
        if (passwords.matches(chosen, currentHash)) {
            return true;
        }
        return jdbc.sql("""
                select hash from identity.password_history where person_id = :p order by changed_at desc limit :n""")
                .param("p", person.value()).param("n", HISTORY - 1).query(String.class).list().stream()
                .anyMatch(old -> passwords.matches(chosen, old));
    }
}
