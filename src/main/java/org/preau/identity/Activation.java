package org.preau.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.preau.directory.ContactDetails;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.PersonCard;
import org.preau.directory.Profile;
import org.preau.directory.StructureType;
import org.preau.platform.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activating an account: a login and its one-time code prove who you are, then you choose a
 * password that follows the policy for people like you, and accept the charter.
 */
@Service
public class Activation {

    private static final Logger log = LoggerFactory.getLogger(Activation.class);
    /** Nobody: the code lookup for a login that has no pending account. */
    private static final PersonId NOBODY = new PersonId(new java.util.UUID(0, 0));

    /** Someone whose code was accepted, about to choose a password. */
    public record Pending(PersonId person, String login, String displayName, PasswordPolicy.Kind kind)
            implements java.io.Serializable {
    }

    private final AccountRepository accounts;
    private final ActivationCodes codes;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    Activation(AccountRepository accounts, ActivationCodes codes, PasswordPolicy policy, PasswordEncoder passwords,
            Directory directory, JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.codes = codes;
        this.policy = policy;
        this.passwords = passwords;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account this login and code open, if the code is right, current and the account still to activate. */
    @Transactional(readOnly = true)
    public Optional<Pending> check(String login, String code) {
        if (login.length() > Accounts.MAX_LOGIN_LENGTH || code.length() > 40) {
            return Optional.empty();
        }
        var candidate = accounts.byLogin(Accounts.normalize(login)).filter(a -> a.passwordHash() == null && a.active());
        // an unknown or already activated login does the same work as a pending one (its code's
        // lookup and a hash), so that the answer's time does not tell which logins await activation
        boolean matched = codes.matches(candidate.map(AccountRepository.AccountRow::personId).orElse(NOBODY), code);
        var account = candidate.filter(a -> matched);
        if (account.isEmpty()) {
            log.info("Activation refused for a login or code that does not match");
            return Optional.empty();
        }
        var card = directory.card(account.get().personId());
        return card.map(c -> new Pending(c.id(), account.get().login(), c.displayName(), kind(c)));
    }

    /** What is wrong with this password for this person; empty when it may be used. */
    public List<PasswordPolicy.Violation> violations(Pending pending, String password) {
        return policy.check(password, pending.kind(), pending.login(), pending.displayName());
    }

    /** Sets the password, consumes the code and saves the optional contact details. */
    @Transactional
    public boolean activate(Pending pending, String password, ContactDetails contact) {
        if (!violations(pending, password).isEmpty()
                || !accounts.activate(pending.person(), passwords.encode(password), clock.instant())) {
            return false;
        }
        jdbc.sql("delete from identity.activation_codes where person_id = :p").param("p", pending.person().value()).update();
        var details = contact.normalized();
        if (details.email() != null || details.mobile() != null) {
            directory.updateContact(pending.person(), details);
        }
        audit.record(AuditLog.Type.ACCOUNT_ACTIVATED, pending.person(), pending.person(), null);
        log.info("Account of person {} activated", pending.person());
        return true;
    }

    static PasswordPolicy.Kind kind(PersonCard card) {
        if (!card.functions().isEmpty() || card.profiles().stream().anyMatch(p -> p != Profile.STUDENT)) {
            return PasswordPolicy.Kind.ADULT;
        }
        boolean primary = card.memberships().stream()
                .anyMatch(m -> m.profile() == Profile.STUDENT && m.structure().type() == StructureType.ECOLE);
        return primary ? PasswordPolicy.Kind.PRIMARY_PUPIL : PasswordPolicy.Kind.PUPIL;
    }
}
