package org.preau.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mot de passe oublié": a link valid {@code preau.identity.reset-validity} (30 minutes) is
 * mailed to the verified address of the account named by its login or address; the answer
 * never says whether it exists. A newer link replaces the older ones; at most
 * {@code preau.identity.reset-mails-per-hour} (3) go to one account in an hour. Following
 * the link, the person chooses a new password: locks are lifted, every session ends, and a
 * mail confirms the change.
 */
@Service
class PasswordReset {

    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);
    private static final int MAX_IDENTIFIER = 254;

    /** Someone who followed a current link: whose account, for the page and the policy. */
    record Pending(PersonId person, String login, String displayName, PasswordPolicy.Kind kind) {
    }

    /** What came of a new password: a dead link, rules broken, or done (neither). */
    record Outcome(boolean linkValid, List<PasswordPolicy.Violation> violations) {

        boolean done() {
            return linkValid && violations.isEmpty();
        }
    }

    private final AccountRepository accounts;
    private final Directory directory;
    private final VerifiedEmails verified;
    private final MailTokens tokens;
    private final Mailer mailer;
    private final MailLinks links;
    private final AccountLanguages languages;
    private final PasswordChange change;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validity;
    private final int perHour;

    PasswordReset(AccountRepository accounts, Directory directory, VerifiedEmails verified, MailTokens tokens,
            Mailer mailer, MailLinks links, AccountLanguages languages, PasswordChange change, LoginThrottle throttle,
            Sessions sessions, AuditLog audit, Clock clock,
            @Value("${preau.identity.reset-validity:PT30M}") Duration validity,
            @Value("${preau.identity.reset-mails-per-hour:3}") int perHour) {
        this.accounts = accounts;
        this.directory = directory;
        this.verified = verified;
        this.tokens = tokens;
        this.mailer = mailer;
        this.links = links;
        this.languages = languages;
        this.change = change;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
        this.perHour = perHour;
    }

    /** Mails a link to each account the login or address names that may receive one; says nothing back. */
    @Transactional
    public void request(String identifier, Locale asker, @Nullable String address) {
        String typed = identifier.strip();
        if (typed.isEmpty() || typed.length() > MAX_IDENTIFIER) {
            return;
        }
        List<PersonId> people = typed.contains("@") ? verified.holders(typed)
                : accounts.byLogin(Accounts.normalize(typed)).map(AccountRepository.AccountRow::personId).stream().toList();
        if (people.isEmpty()) {
            log.info("Password reset asked for no known account with a verified address");
        }
        people.forEach(person -> send(person, asker, address));
    }

    private void send(PersonId person, Locale asker, @Nullable String address) {
        var account = usable(person);
        var email = verified.of(person);
        if (account.isEmpty() || email.isEmpty()) {
            log.info("Password reset of person {} not sent: no usable account or no verified address", person);
            return;
        }
        if (tokens.sentInTheLastHour(person, MailTokens.Purpose.RESET_PASSWORD) >= perHour) {
            log.info("Password reset of person {} not sent: hourly limit reached", person);
            return;
        }
        tokens.supersede(person, MailTokens.Purpose.RESET_PASSWORD);
        String token = tokens.issue(person, MailTokens.Purpose.RESET_PASSWORD, email.get(), validity);
        mailer.queue(email.get(), languages.of(person, asker), "password-reset", Map.of(
                "login", account.get().login(), "link", links.withToken("/login/reset", token),
                "minutes", validity.toMinutes(), "forgotLink", links.to("/login/forgot")));
        audit.record(AuditLog.Type.PASSWORD_RESET_REQUESTED, person, null, address);
    }

    /** The account of a current link, for the new password form. */
    @Transactional(readOnly = true)
    public Optional<Pending> check(@Nullable String token) {
        var found = tokens.find(token, MailTokens.Purpose.RESET_PASSWORD);
        if (found.isEmpty()) {
            log.info("Password reset link refused: unknown or malformed");
            return Optional.empty();
        }
        PersonId person = found.get().person();
        String refusal = found.get().refusal(clock.instant());
        var account = usable(person);
        if (refusal != null || account.isEmpty()) {
            log.info("Password reset link of person {} refused: {}", person, refusal == null ? "account unusable" : refusal);
            return Optional.empty();
        }
        String name = directory.card(person).map(c -> c.displayName()).orElse(account.get().login());
        return Optional.of(new Pending(person, account.get().login(), name, change.kind(person)));
    }

    /** Sets the new password if the link is current and the password follows the rules. */
    @Transactional
    public Outcome reset(String token, String password, @Nullable String address) {
        var pending = check(token);
        if (pending.isEmpty()) {
            return new Outcome(false, List.of());
        }
        PersonId person = pending.get().person();
        String hash = change.currentHash(person);
        if (hash == null) {
            return new Outcome(false, List.of());
        }
        var violations = change.violations(person, pending.get().login(), pending.get().displayName(), password, hash);
        if (!violations.isEmpty()) {
            return new Outcome(true, violations);
        }
        if (!tokens.consume(token, MailTokens.Purpose.RESET_PASSWORD)) {
            return new Outcome(false, List.of());
        }
        change.store(person, hash, password);
        tokens.supersede(person, MailTokens.Purpose.RESET_PASSWORD);
        throttle.unlock(person);
        int ended = sessions.endAll(person);
        audit.record(AuditLog.Type.PASSWORD_RESET, person, person, address);
        verified.of(person).ifPresent(email -> mailer.queue(email, languages.of(person, Locale.FRENCH),
                "password-changed", Map.of("login", pending.get().login(), "forgotLink", links.to("/login/forgot"),
                        "sessionsLink", links.to("/account/sessions"))));
        log.info("Password of person {} reset by mail link; {} session(s) ended", person, ended);
        return new Outcome(true, List.of());
    }

    /** An activated account of a person who may use Préau. */
    private Optional<AccountRepository.AccountRow> usable(PersonId person) {
        return accounts.loginOf(person).flatMap(accounts::byLogin)
                .filter(a -> a.active() && a.passwordHash() != null && directory.isActive(person));
    }
}
