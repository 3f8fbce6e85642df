package org.preau.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.preau.directory.DirectoryAdmin;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-factor authentication of a person: an authenticator application (TOTP) they enrol
 * from "Mon compte", with recovery codes and, at login, codes by mail to a verified address.
 * It is mandatory for the roles of {@code preau.identity.mfa.required-for} and optional for
 * everybody else; an admin of the person can reset it.
 */
@Service
public class Mfa {

    /** How long an enrolment page keeps showing the same new secret. */
    private static final Duration PENDING_SECRET_REUSE = Duration.ofMinutes(30);
    private static final String ISSUER = "Préau";

    /** A secret being enrolled: the link of its QR code, the key to type by hand and the QR code. */
    record Enrolment(String uri, String key, String qrCode) {
    }

    /** What became of a request to turn MFA off. */
    enum Disabling { DONE, WRONG_PASSWORD, MANDATORY, NOT_ENABLED }

    private final MfaRepository repository;
    private final MfaCrypto crypto;
    private final RecoveryCodes recoveryCodes;
    private final AuditLog audit;
    private final DirectoryAdmin admin;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Set<String> mandatoryRoles;

    Mfa(MfaRepository repository, MfaCrypto crypto, RecoveryCodes recoveryCodes, AuditLog audit, DirectoryAdmin admin,
            PasswordEncoder passwords, Clock clock, Environment env) {
        this.repository = repository;
        this.crypto = crypto;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.admin = admin;
        this.passwords = passwords;
        this.clock = clock;
        this.mandatoryRoles = Binder.get(env).bind("preau.identity.mfa.required-for", Bindable.listOf(String.class))
                .orElse(List.of()).stream().map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> r.startsWith("ROLE_") ? r : "ROLE_" + r).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the person has an authenticator enrolled. */
    public boolean enabled(PersonId person) {
        return repository.totp(person).map(MfaRepository.TotpRow::confirmed).orElse(false);
    }

    /** Whether one of these roles ({@code ROLE_...}) makes a second factor mandatory. */
    public boolean mandatory(Set<String> roles) {
        return roles.stream().anyMatch(mandatoryRoles::contains);
    }

    /** Whether a password login of this person must be followed by a second factor. */
    boolean requiredAtLogin(PersonId person, Set<String> roles) {
        return mandatory(roles) || enabled(person);
    }

    /**
     * An admin who may act on the person ({@code DirectoryAdmin.mayActOn}) turns their MFA off
     * (a lost phone, no codes left); false when they may not.
     */
    @Transactional
    public boolean reset(PreauUser by, PersonId person) {
        if (!admin.mayActOn(by, person)) {
            return false;
        }
        if (repository.deleteAll(person)) {
            audit.record(AuditLog.Type.MFA_RESET, person, by.personId(), null);
        }
        return true;
    }

    /** A new secret to enrol (or the one shown a moment ago); empty when an authenticator is enrolled already. */
    @Transactional
    Optional<Enrolment> startEnrolment(PreauUser user) {
        var existing = repository.totp(user.personId());
        if (existing.isPresent() && existing.get().confirmed()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        byte[] secret;
        if (existing.isPresent() && existing.get().createdAt().isAfter(now.minus(PENDING_SECRET_REUSE))) {
            secret = crypto.decrypt(existing.get().secret());
        } else {
            secret = Totp.newSecret();
            repository.savePending(user.personId(), crypto.encrypt(secret), now);
        }
        String uri = Totp.uri(ISSUER, user.login(), secret);
        return Optional.of(new Enrolment(uri, Totp.grouped(Totp.base32(secret)), TotpQrCode.dataUri(uri)));
    }

    /**
     * Turns MFA on if the code comes from the secret being enrolled; returns the recovery codes
     * to show once, or empty when the code is wrong.
     */
    @Transactional
    Optional<List<String>> confirmEnrolment(PreauUser user, String code) {
        var pending = repository.totp(user.personId()).filter(row -> !row.confirmed());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        var step = Totp.match(crypto.decrypt(pending.get().secret()), digits(code), clock.instant(),
                pending.get().lastUsedStep());
        if (step.isEmpty() || !repository.confirm(user.personId(), step.getAsLong(), clock.instant())) {
            return Optional.empty();
        }
        audit.record(AuditLog.Type.MFA_ENABLED, user.personId(), user.personId(), null);
        return Optional.of(recoveryCodes.regenerate(user.personId()));
    }

    /** Whether this is a fresh code of the person's authenticator; it cannot be used again. */
    boolean useAuthenticatorCode(PersonId person, String code) {
        var totp = repository.totp(person).filter(MfaRepository.TotpRow::confirmed);
        if (totp.isEmpty()) {
            return false;
        }
        var step = Totp.match(crypto.decrypt(totp.get().secret()), digits(code), clock.instant(),
                totp.get().lastUsedStep());
        return step.isPresent() && repository.useStep(person, step.getAsLong());
    }

    /** New recovery codes, after the password; empty when the password is wrong or MFA is off. */
    @Transactional
    Optional<List<String>> regenerateRecoveryCodes(PreauUser user, String password) {
        if (!enabled(user.personId()) || !passwordMatches(user.personId(), password)) {
            return Optional.empty();
        }
        return Optional.of(recoveryCodes.regenerate(user.personId()));
    }

    int recoveryCodesLeft(PersonId person) {
        return recoveryCodes.left(person);
    }

    /** Turns MFA off, after the password, unless the person's roles make it mandatory. */
    @Transactional
    Disabling disable(PreauUser user, String password) {
        if (!enabled(user.personId())) {
            return Disabling.NOT_ENABLED;
        }
        if (mandatory(user.roles())) {
            return Disabling.MANDATORY;
        }
        if (!passwordMatches(user.personId(), password)) {
            return Disabling.WRONG_PASSWORD;
        }
        repository.deleteAll(user.personId());
        audit.record(AuditLog.Type.MFA_DISABLED, user.personId(), user.personId(), null);
        return Disabling.DONE;
    }

    boolean passwordMatches(PersonId person, String password) {
        return password.length() <= Accounts.MAX_PASSWORD_LENGTH
                && repository.passwordHash(person).map(hash -> passwords.matches(password, hash)).orElse(false);
    }

    /** What was typed, without the spaces some people put in the middle of a code. */
    static String digits(String typed) {
        return typed.replaceAll("\\s", "");
    }
}
