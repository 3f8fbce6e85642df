package org.preau.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What creating an access token asks and tells: the password again (or a fresh code of the
 * authenticator, for people with MFA), then a notice to the verified address, so that
 * someone who borrowed an open session cannot quietly keep a way in.
 */
@Component
class TokenNotice {

    private final Mfa mfa;
    private final VerifiedEmails verified;
    private final Mailer mailer;
    private final MailLinks links;
    private final PersonLanguages languages;
    private final MessageSource messages;
    private final Clock clock;

    TokenNotice(Mfa mfa, VerifiedEmails verified, Mailer mailer, MailLinks links, PersonLanguages languages,
            MessageSource messages, Clock clock) {
        this.mfa = mfa;
        this.verified = verified;
        this.mailer = mailer;
        this.links = links;
        this.languages = languages;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether {@code proof} is the person's password, or (with MFA) a fresh code of their authenticator. */
    boolean confirms(PersonId person, String proof) {
        if (proof.isBlank()) {
            return false;
        }
        if (mfa.passwordMatches(person, proof)) {
            return true;
        }
        String digits = Mfa.digits(proof);
        return digits.length() == 6 && digits.chars().allMatch(Character::isDigit) && mfa.enabled(person)
                && mfa.useAuthenticatorCode(person, digits);
    }

    /** Tells the person, at their verified address, that a token was created on their account. */
    void created(PersonId person, String name, Set<TokenScope> scopes, Instant expires) {
        verified.of(person).ifPresent(email -> {
            var locale = languages.of(person);
            var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
            String scopeNames = scopes.stream().sorted()
                    .map(s -> messages.getMessage("tokens.scope." + s, null, locale))
                    .collect(Collectors.joining(", "));
            mailer.queue(email, locale, "token-created", Map.of("name", name, "scopes", scopeNames,
                    "when", dates.format(clock.instant().atZone(PeopleTime.ZONE)),
                    "expires", dates.format(expires.atZone(PeopleTime.ZONE)),
                    "tokensLink", links.to("/account/tokens"), "passwordLink", links.to("/account/password")));
        });
    }
}
