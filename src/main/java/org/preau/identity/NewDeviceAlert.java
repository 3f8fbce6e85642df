package org.preau.identity;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Connexion depuis un nouvel appareil": each browser gets a long-lived random cookie
 * (HttpOnly, Secure, SameSite=Lax); a successful password login from a browser the person
 * never used — when they used others before — sends a mail to their verified address (when,
 * which browser, which network address, what to do if it was not them) and is audited. An
 * alert that cannot be sent never stops the login.
 */
@Component
class NewDeviceAlert {

    static final String COOKIE = "PREAU_DEVICE";
    private static final Logger log = LoggerFactory.getLogger(NewDeviceAlert.class);

    private final KnownDevices devices;
    private final VerifiedEmails verified;
    private final Mailer mailer;
    private final MailLinks links;
    private final AccountLanguages languages;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final LocaleResolver locales;

    NewDeviceAlert(KnownDevices devices, VerifiedEmails verified, Mailer mailer, MailLinks links,
            AccountLanguages languages, AuditLog audit, Clock clock, TransactionTemplate tx, LocaleResolver locales) {
        this.tx = tx;
        this.locales = locales;
        this.devices = devices;
        this.verified = verified;
        this.mailer = mailer;
        this.links = links;
        this.languages = languages;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PreauUser user)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpServletResponse response = attributes.getResponse();
        if (response == null) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> check(user.personId(), attributes.getRequest(), response));
        } catch (RuntimeException e) {
            log.warn("New-device check of person {} failed: {}", user.personId(), e.getClass().getSimpleName());
        }
    }

    private void check(PersonId person, HttpServletRequest request, HttpServletResponse response) {
        String token = cookie(request);
        if (token == null) {
            token = RandomTokens.next();
            response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token).path("/").httpOnly(true).secure(true)
                    .sameSite("Lax").maxAge(KnownDevices.FORGET_AFTER).build().toString());
        }
        String device = DeviceNames.of(request.getHeader("User-Agent"));
        if (devices.seen(person, token, device) != KnownDevices.Seen.NEW) {
            return;
        }
        String address = request.getRemoteAddr();
        audit.record(AuditLog.Type.NEW_DEVICE, person, null, address);
        verified.of(person).ifPresent(email -> {
            Locale locale = languages.of(person, locales.resolveLocale(request));
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                    .format(clock.instant().atZone(PeopleTime.ZONE));
            mailer.queue(email, locale, "new-device", Map.of("when", when, "device", device, "address", address,
                    "passwordLink", links.to("/account/password"), "sessionsLink", links.to("/account/sessions"),
                    "forgotLink", links.to("/login/forgot")));
        });
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).filter(RandomTokens::wellFormed).findFirst().orElse(null);
    }
}
