package org.preau.identity;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.preau.platform.PersonId;
import org.preau.platform.mail.Mailer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Codes sent by mail at the second step of login, to the person's verified address only:
 * six digits, good for ten minutes, once, for five tries at most; three mails a quarter of
 * an hour at most.
 */
@Component
class MfaMailCodes {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final int MAX_TRIES = 5;
    static final int MAILS_PER_WINDOW = 3;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** What became of a request for a code. */
    enum Sent { SENT, NO_ADDRESS, TOO_MANY }

    private final SecureRandom random = new SecureRandom();
    private final MfaRepository repository;
    private final MfaCrypto crypto;
    private final VerifiedEmails emails;
    private final Mailer mailer;
    private final Clock clock;

    MfaMailCodes(MfaRepository repository, MfaCrypto crypto, VerifiedEmails emails, Mailer mailer, Clock clock) {
        this.repository = repository;
        this.crypto = crypto;
        this.emails = emails;
        this.mailer = mailer;
        this.clock = clock;
    }

    boolean available(PersonId person) {
        return emails.of(person).isPresent();
    }

    @Transactional
    Sent send(PersonId person, Locale locale) {
        var address = emails.of(person);
        if (address.isEmpty()) {
            return Sent.NO_ADDRESS;
        }
        Instant now = clock.instant();
        if (repository.mailCodesSince(person, now.minus(WINDOW)) >= MAILS_PER_WINDOW) {
            return Sent.TOO_MANY;
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        repository.newMailCode(person, hash(person, code), now, now.plus(VALIDITY));
        mailer.queue(address.get(), locale, "mfa-code", Map.of("code", code, "minutes", VALIDITY.toMinutes()));
        return Sent.SENT;
    }

    /** Uses up the person's live code if this is it; a wrong code uses up one of its tries. */
    @Transactional
    boolean use(PersonId person, String code) {
        var live = repository.liveMailCode(person, clock.instant(), MAX_TRIES);
        if (live.isEmpty() || !code.matches("\\d{6}")) {
            return false;
        }
        if (MessageDigest.isEqual(live.get().hash().getBytes(), hash(person, code).getBytes())) {
            repository.spendMailCode(live.get().id());
            return true;
        }
        repository.mailCodeTried(live.get().id());
        return false;
    }

    private String hash(PersonId person, String code) {
        return crypto.hash("mail:" + person.value(), code);
    }
}
