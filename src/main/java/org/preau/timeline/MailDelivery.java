package org.preau.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.identity.PersonLanguages;
import org.preau.identity.VerifiedEmails;
import org.preau.platform.PersonId;
import org.preau.platform.mail.Mailer;
import org.preau.timeline.TimelineRepository.Entry;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails what is due, every minute: one mail per person with their due entries grouped by type
 * (an immediate notice, or the daily or weekly digest), in their language, with an unsubscribe
 * link per type. A person in their quiet hours is skipped until they end. Each person's entries
 * are claimed with {@code FOR UPDATE SKIP LOCKED} and marked mailed in the transaction that
 * queues the mail: with several nodes, a mail goes once.
 */
@Component
class MailDelivery {

    /** One group of a mail: a type, its entries' texts and links, and its unsubscribe link. */
    record Group(String label, List<Line> lines, String unsubscribe) {
    }

    record Line(String text, String link) {
    }

    private final TimelineRepository entries;
    private final QuietHours quietHours;
    private final VerifiedEmails emails;
    private final PersonLanguages languages;
    private final Mailer mailer;
    private final Notifications notifications;
    private final NotificationTypes types;
    private final MessageSource messages;
    private final UnsubscribeLinks links;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailDelivery(TimelineRepository entries, QuietHours quietHours, VerifiedEmails emails, PersonLanguages languages,
            Mailer mailer, Notifications notifications, NotificationTypes types, MessageSource messages,
            UnsubscribeLinks links, TransactionTemplate transactions, Clock clock) {
        this.entries = entries;
        this.quietHours = quietHours;
        this.emails = emails;
        this.languages = languages;
        this.mailer = mailer;
        this.notifications = notifications;
        this.types = types;
        this.messages = messages;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many mails were queued. */
    @Scheduled(fixedDelayString = "${preau.timeline.mail-interval:PT1M}", initialDelayString = "PT45S")
    public int deliver() {
        Instant now = clock.instant();
        int sent = 0;
        for (PersonId person : entries.peopleWithMailDue(now, 1000)) {
            if (quietHours.isQuiet(person, now)) {
                continue;
            }
            Boolean queued = transactions.execute(status -> send(person, now));
            sent += Boolean.TRUE.equals(queued) ? 1 : 0;
        }
        return sent;
    }

    private boolean send(PersonId person, Instant now) {
        List<Entry> due = entries.claimMail(person, now);
        var address = emails.of(person);
        if (due.isEmpty() || address.isEmpty()) {
            return false;
        }
        Locale locale = languages.of(person);
        Map<String, List<Line>> byType = new LinkedHashMap<>();
        due.forEach(e -> byType.computeIfAbsent(e.type(), t -> new java.util.ArrayList<>())
                .add(new Line(notifications.text(e.type(), e.args(), locale), links.absolute(e.link()))));
        List<Group> groups = byType.entrySet().stream().map(g -> new Group(label(g.getKey(), locale), g.getValue(),
                links.link(person, g.getKey()))).toList();
        mailer.queue(address.get(), locale, "timeline-digest",
                Map.of("groups", groups, "settingsLink", links.absolute("/account/notifications")), due.size());
        return true;
    }

    private String label(String type, Locale locale) {
        return types.find(type).map(t -> messages.getMessage(t.labelKey(), null, locale)).orElse(type);
    }
}
