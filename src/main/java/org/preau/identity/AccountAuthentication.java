package org.preau.identity;

import java.time.Clock;

import org.preau.directory.Directory;
import org.preau.platform.PreauUser;
import org.preau.platform.SecondFactor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a login and password against the accounts. Over-long input is refused before any
 * hashing; an unknown login costs the same time as a wrong password.
 */
@Component
class AccountAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final AccountRepository accounts;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final PasswordCheckGate gate;
    private final Mfa mfa;
    /** How long a password check takes here, measured at start: locked accounts wait as long, without the work. */
    private final long hashNanos;

    AccountAuthentication(AccountRepository accounts, Directory directory, PasswordEncoder passwords, Clock clock,
            LoginThrottle throttle, AuditLog audit, PasswordCheckGate gate, Mfa mfa) {
        this.gate = gate;
        this.accounts = accounts;
        this.clock = clock;
        this.throttle = throttle;
        this.audit = audit;
        this.passwords = passwords;
        this.mfa = mfa;
        String sample = passwords.encode("preau-timing-sample");
        long start = System.nanoTime();
        passwords.matches("preau-timing-sample", sample);
        this.hashNanos = System.nanoTime() - start;
        UserDetailsService users = login -> accounts.byLogin(Accounts.normalize(login))
                .map(a -> new PreauUser(a.personId(), a.login(),
                        directory.card(a.personId()).map(c -> c.displayName()).orElse(a.login()),
                        directory.roles(a.personId()),
                        a.active() && a.passwordHash() != null && directory.isActive(a.personId()), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwords);
        this.delegate.setUserDetailsPasswordService((user, newHash) -> {
            accounts.upgradeHash(user.getUsername(), newHash);
            return user;
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = String.valueOf(authentication.getPrincipal());
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        String address = clientAddress();
        if (address != null && throttle.addressBlocked(address)) {
            audit.record(AuditLog.Type.LOGIN_THROTTLED, null, null, address);
            throw new LoginThrottledException();
        }
        if (login.length() > Accounts.MAX_LOGIN_LENGTH || password.length() > Accounts.MAX_PASSWORD_LENGTH) {
            failed(null, address);
            throw new BadCredentialsException("input too long");
        }
        var person = accounts.byLogin(Accounts.normalize(login)).map(AccountRepository.AccountRow::personId);
        if (person.isPresent() && throttle.locked(person.get(), address)) {
            waitLikeAHash();
            failed(person.get(), address);
            throw new BadCredentialsException("locked");
        }
        try {
            int failures = address == null ? 0 : throttle.addressFailures(address);
            Authentication result = gate.check(address == null ? "" : address, failures,
                    address != null && throttle.addressSuspect(address),
                    () -> delegate.authenticate(authentication));
            if (address != null) {
                throttle.addressSucceeded(address);
            }
            audit.record(AuditLog.Type.LOGIN_SUCCESS, person.orElse(null), null, address);
            if (result.getPrincipal() instanceof PreauUser user && mfa.requiredAtLogin(user.personId(), user.roles())) {
                // failures are forgiven only after the second factor, which they count against too
                return result.toBuilder().authorities(authorities -> authorities.add(
                        new SimpleGrantedAuthority(SecondFactor.REQUIRED))).build();
            }
            person.ifPresent(p -> throttle.succeeded(p, address));
            return result;
        } catch (LoginBusyException e) {
            if (address != null && throttle.addressSuspect(address)) {
                throttle.addressFailed(address); // an address that keeps failing uses up its budget while it waits
            }
            throw e;
        } catch (AuthenticationException e) {
            failed(person.orElse(null), address);
            throw e;
        }
    }


    /**
     * A locked account is refused after as long as a password check would take, so that the
     * lock does not show, but without spending a core on it (the thread is virtual).
     */
    private void waitLikeAHash() {
        try {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(hashNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(org.preau.platform.@org.jspecify.annotations.Nullable PersonId person,
            @org.jspecify.annotations.Nullable String address) {
        if (address != null) {
            throttle.addressFailed(address);
        }
        audit.record(AuditLog.Type.LOGIN_FAILURE, person, null, address);
        if (person != null && throttle.failed(person, address)) {
            audit.record(AuditLog.Type.ACCOUNT_LOCKED, person, null, address);
        }
    }

    private static @org.jspecify.annotations.Nullable String clientAddress() {
        return LoginThrottle.currentAddress();
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
