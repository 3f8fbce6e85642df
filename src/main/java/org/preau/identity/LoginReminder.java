package org.preau.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * "Identifiant oublié": the logins of the accounts whose verified address is the one typed
 * are mailed to that address (a family address may serve a parent and children); the answer
 * never says whether there were any. The mail goes to the address as it was verified, never
 * to the text typed.
 */
@Service
class LoginReminder {

    private static final Logger log = LoggerFactory.getLogger(LoginReminder.class);
    private static final int MAX_ADDRESS = 254;

    private final VerifiedEmails verified;
    private final AccountRepository accounts;
    private final Directory directory;
    private final Mailer mailer;
    private final MailLinks links;
    private final AccountLanguages languages;
    private final AuditLog audit;
    private final Clock clock;
    private final int perHour;

    LoginReminder(VerifiedEmails verified, AccountRepository accounts, Directory directory, Mailer mailer,
            MailLinks links, AccountLanguages languages, AuditLog audit, Clock clock,
            @Value("${preau.identity.reset-mails-per-hour:3}") int perHour) {
        this.verified = verified;
        this.accounts = accounts;
        this.directory = directory;
        this.mailer = mailer;
        this.links = links;
        this.languages = languages;
        this.audit = audit;
        this.clock = clock;
        this.perHour = perHour;
    }

    @Transactional
    public void remind(String typed, Locale asker, @Nullable String address) {
        String email = typed.strip();
        if (email.isEmpty() || email.length() > MAX_ADDRESS || !email.contains("@")) {
            return;
        }
        var since = clock.instant().minus(Duration.ofHours(1));
        Map<String, List<String>> loginsByAddress = new LinkedHashMap<>();
        List<PersonId> reminded = new ArrayList<>();
        for (PersonId person : verified.holders(email)) {
            var login = accounts.loginOf(person).flatMap(accounts::byLogin)
                    .filter(a -> a.active() && directory.isActive(person)).map(AccountRepository.AccountRow::login);
            var to = verified.of(person);
            if (login.isPresent() && to.isPresent()
                    && audit.count(person, AuditLog.Type.LOGIN_REMINDER_SENT, since) < perHour) {
                loginsByAddress.computeIfAbsent(to.get(), a -> new ArrayList<>()).add(login.get());
                reminded.add(person);
            }
        }
        if (reminded.isEmpty()) {
            log.info("Login reminder asked for an address of no account, or over the hourly limit");
            return;
        }
        Locale locale = languages.of(reminded.getFirst(), asker);
        loginsByAddress.forEach((to, logins) -> mailer.queue(to, locale, "login-reminder",
                Map.of("logins", logins, "loginLink", links.to("/login"), "forgotLink", links.to("/login/forgot"))));
        reminded.forEach(person -> audit.record(AuditLog.Type.LOGIN_REMINDER_SENT, person, null, address));
    }
}
