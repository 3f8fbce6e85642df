package org.preau.identity;

import java.time.Clock;

import org.preau.directory.Directory;
import org.preau.platform.PreauUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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

    AccountAuthentication(AccountRepository accounts, Directory directory, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        UserDetailsService users = login -> accounts.byLogin(Accounts.normalize(login))
                .map(a -> new PreauUser(a.personId(), a.login(),
                        directory.card(a.personId()).map(c -> c.displayName()).orElse(a.login()),
                        directory.roles(a.personId()),
                        a.active() && a.passwordHash() != null && directory.isActive(a.personId()), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwords);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = String.valueOf(authentication.getPrincipal());
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        if (login.length() > Accounts.MAX_LOGIN_LENGTH || password.length() > Accounts.MAX_PASSWORD_LENGTH) {
            throw new BadCredentialsException("input too long");
        }
        return delegate.authenticate(authentication);
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
