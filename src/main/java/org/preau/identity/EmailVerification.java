package org.preau.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.preau.directory.ContactDetailsChanged;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.mail.Mailer;
import org.preau.platform.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proving a mail address: when a person gives a new address (at activation or on "Mon
 * compte"), a single-use link valid {@code preau.identity.verification-validity} (7 days) is
 * sent to it in their language; opening it, even logged out, marks the address verified. Only
 * a verified address receives reset links, login reminders and alerts.
 */
@Service
public class EmailVerification {

    /** Where a person's address stands. */
    public enum Status {
        /** No address given. */
        NONE,
        /** An address, not proved yet. */
        UNVERIFIED,
        /** The address was proved. */
        VERIFIED
    }

    private static final Logger log = LoggerFactory.getLogger(EmailVerification.class);

    private final Directory directory;
    private final VerifiedEmails verified;
    private final MailTokens tokens;
    private final Mailer mailer;
    private final MailLinks links;
    private final AccountLanguages languages;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validity;
    private final int perHour;

    EmailVerification(Directory directory, VerifiedEmails verified, MailTokens tokens, Mailer mailer, MailLinks links,
            AccountLanguages languages, AuditLog audit, Clock clock,
            @Value("${preau.identity.verification-validity:P7D}") Duration validity,
            @Value("${preau.identity.verification-mails-per-hour:5}") int perHour) {
        this.directory = directory;
        this.verified = verified;
        this.tokens = tokens;
        this.mailer = mailer;
        this.links = links;
        this.languages = languages;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
        this.perHour = perHour;
    }

    public Status status(PersonId person) {
        if (directory.contact(person).email() == null) {
            return Status.NONE;
        }
        return verified.of(person).isPresent() ? Status.VERIFIED : Status.UNVERIFIED;
    }

    /**
     * Sends a new link to the person's current address (older links stop working); false when
     * there is nothing to prove or too many links were sent in the last hour.
     */
    @Transactional
    public boolean send(PersonId person) {
        String email = directory.contact(person).email();
        if (email == null || verified.of(person).isPresent()) {
            return false;
        }
        if (tokens.sentInTheLastHour(person, MailTokens.Purpose.VERIFY_EMAIL) >= perHour) {
            log.info("Verification link for person {} not sent: hourly limit reached", person);
            return false;
        }
        tokens.supersede(person, MailTokens.Purpose.VERIFY_EMAIL);
        String token = tokens.issue(person, MailTokens.Purpose.VERIFY_EMAIL, email, validity);
        Locale locale = languages.of(person, Languages.DEFAULT);
        mailer.queue(email, locale, "email-verification",
                Map.of("link", links.withToken("/email/verify", token), "days", validity.toDays()));
        return true;
    }

    /** A person saved a new address: a link is sent to it (after the change committed). */
    @ApplicationModuleListener
    void on(ContactDetailsChanged event) {
        if (event.emailChanged()) {
            send(event.person());
        }
    }

    /**
     * Opens a link: the address is verified if the link is current and the address is still
     * the person's; returns whose address it was.
     */
    @Transactional
    public Optional<PersonId> verify(String token) {
        var found = tokens.find(token, MailTokens.Purpose.VERIFY_EMAIL);
        if (found.isEmpty()) {
            log.info("Verification link refused: unknown or malformed");
            return Optional.empty();
        }
        PersonId person = found.get().person();
        String refusal = found.get().refusal(clock.instant());
        String current = directory.contact(person).email();
        if (refusal == null && (current == null || !current.equalsIgnoreCase(found.get().email()))) {
            refusal = "address changed since";
        }
        if (refusal != null || !tokens.consume(token, MailTokens.Purpose.VERIFY_EMAIL)) {
            log.info("Verification link of person {} refused: {}", person, refusal == null ? "used meanwhile" : refusal);
            return Optional.empty();
        }
        verified.verified(person, found.get().email());
        audit.record(AuditLog.Type.EMAIL_VERIFIED, person, person, null);
        return Optional.of(person);
    }
}
