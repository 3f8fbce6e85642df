package org.preau.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity facade: the accounts people log in with. */
@Service
public class Accounts {

    /** Longest login accepted anywhere. */
    public static final int MAX_LOGIN_LENGTH = 64;
    /** Longest password accepted (longer ones are refused before hashing). */
    public static final int MAX_PASSWORD_LENGTH = 128;

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Sessions sessions;

    Accounts(AccountRepository repository, PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit,
            Sessions sessions) {
        this.repository = repository;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.sessions = sessions;
    }

    /**
     * Opens an account for a person. Without a password the account exists but cannot be
     * used until it is activated.
     */
    @Transactional
    public void open(PersonId person, String login, @Nullable String rawPassword) {
        String normalized = normalize(login);
        if (normalized.isEmpty() || normalized.length() > MAX_LOGIN_LENGTH) {
            throw new IllegalArgumentException("login length");
        }
        repository.insert(person, normalized, rawPassword == null ? null : passwords.encode(rawPassword));
    }

    /** Opens an account whose password hash was computed already (bulk creation). */
    @Transactional
    public void openWithHash(PersonId person, String login, String passwordHash) {
        repository.insert(person, normalize(login), passwordHash);
    }

    /**
     * Opens an account with a login made from the name ({@code firstname.lastname}, a number
     * added on collision), unique across the territory, not yet activated.
     */
    @Transactional
    public String openGenerated(PersonId person, String firstName, String lastName) {
        String base = Logins.base(firstName, lastName);
        String login = base;
        for (int n = 2; repository.loginTaken(login); n++) {
            login = base + n;
        }
        repository.insert(person, login, null);
        return login;
    }

    /** A person to open an account for, by name. */
    public record NewAccount(PersonId person, String firstName, String lastName) {
    }

    /**
     * Opens not-yet-activated accounts for many people at once (imports): logins are
     * generated as by {@link #openGenerated}, in one pass over the existing logins, in the order given. People
     * who have an account already are skipped (they take no login), so that opening the accounts of everyone
     * an import brings in, again, opens only the missing ones; returns how many were opened.
     */
    @Transactional
    public int openGenerated(List<NewAccount> people) {
        if (people.isEmpty()) {
            return 0;
        }
        Set<java.util.UUID> have = repository.withAccount(people.stream().map(p -> p.person().value()).toList());
        if (have.size() == people.size()) {
            return 0;
        }
        Set<String> taken = new HashSet<>(repository.allLogins());
        List<Object[]> rows = new ArrayList<>(people.size());
        for (NewAccount p : people) {
            if (have.contains(p.person().value())) {
                continue;
            }
            String base = Logins.base(p.firstName(), p.lastName());
            String login = base;
            for (int n = 2; !taken.add(login); n++) {
                login = base + n;
            }
            rows.add(new Object[] { p.person().value(), login });
        }
        return repository.insertWithoutPassword(rows);
    }

    public String hash(String rawPassword) {
        return passwords.encode(rawPassword);
    }

    /** What an admin sees of an account. */
    public record AccountView(String login, boolean activated, String state, java.time.@Nullable Instant lastLoginAt,
            java.time.@Nullable Instant lockedUntil, boolean locked) {
    }

    /** An admin lifts a lock after failed logins. */
    @Transactional
    public void unlock(org.preau.platform.PreauUser admin, PersonId person) {
        throttle.unlock(person);
        audit.record(AuditLog.Type.ACCOUNT_UNLOCKED, person, admin.personId(), null);
    }

    /**
     * An admin ends every session of a person (a lost phone, a shared computer left logged in)
     * and revokes their API tokens; returns how many sessions were open. The caller checks that
     * the admin administers the person.
     */
    @Transactional
    public int endSessions(org.preau.platform.PreauUser admin, PersonId person) {
        int ended = sessions.endAll(person);
        audit.record(AuditLog.Type.SESSIONS_ENDED, person, admin.personId(), null);
        return ended;
    }

    public Optional<AccountView> account(PersonId person) {
        return repository.view(person);
    }

    public Optional<String> loginOf(PersonId person) {
        return repository.loginOf(person);
    }

    public boolean exists(String login) {
        return repository.loginTaken(normalize(login));
    }

    static String normalize(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }
}
