package org.preau.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.SecondFactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a login and password against the accounts. Over-long input is refused before any
 * hashing; an unknown login costs the same time as a wrong password.
 * <p>
 * For an address that failed lately or sends many logins that do not succeed, everything the
 * attempt asks of the database before its password is known to be right (the account, its lock)
 * happens inside the {@link PasswordCheckGate}, with the hash: its attempts refused by the gate
 * cost no query, and an attack cannot take the database's connections from everybody else while
 * it waits. A clean address looks its account up beside the others and waits only for the hash.
 * The person's card and roles are read only once the password matched.
 */
@Component
class AccountAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(AccountAuthentication.class);

    private final AccountRepository accounts;
    private final Directory directory;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final PasswordCheckGate gate;
    private final Mfa mfa;
    /** Checked against when the login is unknown, so that it costs what a wrong password costs. */
    private final String sampleHash;
    /** How long a password check takes here, measured at start: locked accounts wait as long, without the work. */
    private final long hashNanos;

    AccountAuthentication(AccountRepository accounts, Directory directory, PasswordEncoder passwords, Clock clock,
            LoginThrottle throttle, AuditLog audit, PasswordCheckGate gate, Mfa mfa) {
        this.accounts = accounts;
        this.directory = directory;
        this.gate = gate;
        this.clock = clock;
        this.throttle = throttle;
        this.audit = audit;
        this.passwords = passwords;
        this.mfa = mfa;
        this.sampleHash = passwords.encode("preau-timing-sample");
        long start = System.nanoTime();
        passwords.matches("preau-timing-sample", sampleHash);
        this.hashNanos = System.nanoTime() - start;
    }

    /** What the gated part of an attempt found: the account (if any), whether it is locked, whether the password matched. */
    private record Checked(Optional<AccountRepository.AccountRow> account, boolean locked, boolean matched,
            long waitedNanos, long checkNanos) {

        Optional<PersonId> person() {
            return account.map(AccountRepository.AccountRow::personId);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        long start = System.nanoTime();
        String login = String.valueOf(authentication.getPrincipal());
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        String address = LoginThrottle.currentAddress();
        if (address != null && throttle.addressBlocked(address)) {
            audit.record(AuditLog.Type.LOGIN_THROTTLED, null, null, address);
            throw new LoginThrottledException();
        }
        if (address != null) {
            throttle.addressAttempted(address);
        }
        if (login.length() > Accounts.MAX_LOGIN_LENGTH || password.length() > Accounts.MAX_PASSWORD_LENGTH) {
            failed(null, address, accountKey(login));
            throw new BadCredentialsException("input too long");
        }
        int failures = address == null ? 0 : throttle.addressFailures(address);
        Checked checked;
        try {
            if (failures == 0 && (address == null || !gate.doubtful(address))) {
                // a clean address: its lookups run beside the others, only the hash waits for the gate
                Lookup lookup = lookUp(login, address);
                checked = lookup.locked() ? new Checked(lookup.account(), true, false, 0, 0)
                        : gate.check(address == null ? "" : address, 0, false,
                                () -> check(lookup, password, System.nanoTime() - start));
            } else {
                checked = gate.check(address == null ? "" : address, failures,
                        address != null && throttle.addressSuspect(address),
                        () -> check(lookUp(login, address), password, System.nanoTime() - start));
            }
        } catch (LoginBusyException e) {
            if (address != null && throttle.addressSuspect(address)) {
                throttle.attemptFailed(address); // an address that keeps failing stays suspect while it is turned away
            }
            trace("busy", failures, start, 0, 0);
            throw e;
        }
        trace(checked.matched() ? "matched" : checked.locked() ? "locked" : "failed", failures, start,
                checked.waitedNanos(), checked.checkNanos());
        if (checked.locked()) {
            waitLikeAHash();
        }
        if (!checked.matched()) {
            failed(checked.person().orElse(null), address, accountKey(login));
            throw new BadCredentialsException(checked.locked() ? "locked" : "bad credentials");
        }
        AccountRepository.AccountRow account = checked.account().orElseThrow();
        if (!account.active() || !directory.isActive(account.personId())) {
            failed(account.personId(), address, accountKey(login));
            throw new DisabledException("inactive account");
        }
        if (address != null) {
            throttle.attemptSucceeded(address, accountKey(login));
            gate.succeeded(address);
        }
        audit.record(AuditLog.Type.LOGIN_SUCCESS, account.personId(), null, address);
        PreauUser user = new PreauUser(account.personId(), account.login(),
                directory.card(account.personId()).map(c -> c.displayName()).orElse(account.login()),
                directory.roles(account.personId()), true, null);
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        if (mfa.requiredAtLogin(user.personId(), user.roles())) {
            // failures are forgiven only after the second factor, which they count against too
            return result.toBuilder().authorities(authorities -> authorities.add(
                    new SimpleGrantedAuthority(SecondFactor.REQUIRED))).build();
        }
        throttle.succeeded(account.personId(), address);
        return result;
    }

    /** The account and whether it is locked for this address. */
    private record Lookup(Optional<AccountRepository.AccountRow> account, boolean locked) {
    }

    private Lookup lookUp(String login, @Nullable String address) {
        var account = accounts.byLogin(Accounts.normalize(login));
        return new Lookup(account, account.isPresent() && throttle.locked(account.get().personId(), address));
    }

    /**
     * The gated part: the hash (and its upgrade when the hash is old). For an address that failed
     * lately or sends many logins, the lookup happens in the gate too ({@code lookUp} in the
     * supplier): its attempts turned away cost no query.
     */
    private Checked check(Lookup lookup, String password, long waitedNanos) {
        long entered = System.nanoTime();
        var account = lookup.account();
        if (lookup.locked()) {
            return new Checked(account, true, false, waitedNanos, System.nanoTime() - entered);
        }
        String hash = account.map(AccountRepository.AccountRow::passwordHash).orElse(null);
        boolean matched = passwords.matches(password, hash == null ? sampleHash : hash) && hash != null;
        if (matched && passwords.upgradeEncoding(hash)) {
            accounts.upgradeHash(account.get().login(), passwords.encode(password));
        }
        return new Checked(account, false, matched, waitedNanos, System.nanoTime() - entered);
    }

    /** For whoever studies logins under load: where an attempt's time went (no login, no address). */
    private void trace(String outcome, int failures, long start, long waitedNanos, long checkNanos) {
        if (log.isDebugEnabled()) {
            long total = System.nanoTime() - start;
            log.debug("Login {} (address at {} failures): {} ms waiting for the gate, {} ms checking, {} ms in all",
                    outcome, failures, TimeUnit.NANOSECONDS.toMillis(waitedNanos),
                    TimeUnit.NANOSECONDS.toMillis(checkNanos), TimeUnit.NANOSECONDS.toMillis(total));
        }
    }

    /**
     * A locked account is refused after as long as a password check would take, so that the
     * lock does not show, but without spending a core on it (the thread is virtual).
     */
    private void waitLikeAHash() {
        try {
            TimeUnit.NANOSECONDS.sleep(hashNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The account an attempt aims at, as the address's budget counts them (known or not). */
    private static String accountKey(String login) {
        String normalized = Accounts.normalize(login.length() > Accounts.MAX_LOGIN_LENGTH
                ? login.substring(0, Accounts.MAX_LOGIN_LENGTH) : login);
        return normalized;
    }

    private void failed(@Nullable PersonId person, @Nullable String address, String account) {
        if (address != null) {
            throttle.attemptFailed(address, account);
        }
        audit.record(AuditLog.Type.LOGIN_FAILURE, person, null, address);
        if (person != null && throttle.failed(person, address)) {
            audit.record(AuditLog.Type.ACCOUNT_LOCKED, person, null, address);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PreauUser user) {
            accounts.touchLastLogin(user.login(), clock.instant());
        }
    }
}
