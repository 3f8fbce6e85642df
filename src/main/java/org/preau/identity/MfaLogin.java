package org.preau.identity;

import java.net.URI;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.SecondFactor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second step of login: checks what the person typed (an authenticator code, a code
 * sent by mail or a recovery code) with the lock of failed logins, then completes the login
 * with a new session id and sends them where they were going, inside Préau only.
 */
@Component
class MfaLogin {

    /** What became of a code typed at the second step. */
    enum Outcome { ACCEPTED, REFUSED, LOCKED }

    private final Mfa mfa;
    private final MfaMailCodes mailCodes;
    private final RecoveryCodes recoveryCodes;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    MfaLogin(Mfa mfa, MfaMailCodes mailCodes, RecoveryCodes recoveryCodes, LoginThrottle throttle, AuditLog audit,
            Clock clock) {
        this.mfa = mfa;
        this.mailCodes = mailCodes;
        this.recoveryCodes = recoveryCodes;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.requests.setMatchingRequestParameterName(null);
    }

    /** Checks a code; a wrong one counts as a failed login (five in a row lock the account). */
    Outcome verify(PersonId person, String typed, @Nullable String address) {
        if (throttle.locked(person)) {
            return Outcome.LOCKED;
        }
        boolean recovery = RecoveryCodes.looksLikeOne(typed);
        boolean accepted = recovery ? recoveryCodes.use(person, typed)
                : mfa.useAuthenticatorCode(person, typed) || mailCodes.use(person, Mfa.digits(typed));
        if (accepted) {
            succeeded(person, address);
            if (recovery) {
                audit.record(AuditLog.Type.RECOVERY_CODE_USED, person, person, address);
            }
            return Outcome.ACCEPTED;
        }
        if (address != null) {
            throttle.addressFailed(address);
        }
        audit.record(AuditLog.Type.MFA_FAILURE, person, null, address);
        if (throttle.failed(person)) {
            audit.record(AuditLog.Type.ACCOUNT_LOCKED, person, null, address);
            return Outcome.LOCKED;
        }
        return Outcome.REFUSED;
    }

    /** A second factor was given (a code, or a first authenticator code at enrolment). */
    void succeeded(PersonId person, @Nullable String address) {
        throttle.succeeded(person);
        audit.record(AuditLog.Type.MFA_SUCCESS, person, null, address);
    }

    /**
     * Completes the login: the session's authentication gains the second factor, and the session
     * gets a new id (whoever knew the old one, from before the second step, is left out).
     */
    void complete(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !SecondFactor.pending(current)) {
            return;
        }
        Authentication full = current.toBuilder().authorities(authorities -> authorities.add(
                FactorGrantedAuthority.withAuthority(SecondFactor.FACTOR).issuedAt(clock.instant()).build())).build();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    /**
     * Where the person was going before the login, as a path of Préau (an address elsewhere,
     * or a page of the login itself, gives the home page); forgotten once read.
     */
    String continueTarget(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        if (saved == null || !"GET".equals(saved.getMethod())) {
            return "/";
        }
        try {
            URI uri = URI.create(saved.getRedirectUrl());
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (path == null || !path.startsWith(context + "/")) {
                return "/";
            }
            path = path.substring(context.length());
            if (path.startsWith("//") || path.contains("\\") || path.startsWith("/login") || path.startsWith("/api/")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
