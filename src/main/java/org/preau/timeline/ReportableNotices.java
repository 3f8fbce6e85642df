package org.preau.timeline;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.preau.platform.PreauUser;
import org.preau.platform.notification.NotificationType;
import org.preau.platform.reporting.Evidence;
import org.preau.platform.reporting.ReportableContent;
import org.preau.timeline.NeutralizedNotices.Seen;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices of the feed as reportable content ({@code NOTICE}, the id of the reporter's entry): the
 * evidence is the notice's text as the reporter reads it, the report goes to the notice's
 * structure (none: the central admins). Neutralizing hides the notice from every feed it reached
 * and cancels its mails not sent yet; a restore puts every entry back as it was.
 */
@Component
class ReportableNotices implements ReportableContent {

    static final String TYPE = "NOTICE";

    private final NeutralizedNotices repository;
    private final Notifications notifications;
    private final NotificationTypes types;
    private final MessageSource messages;
    private final UnreadSignal signal;
    private final Clock clock;

    ReportableNotices(NeutralizedNotices repository, Notifications notifications, NotificationTypes types,
            MessageSource messages, UnreadSignal signal, Clock clock) {
        this.repository = repository;
        this.notifications = notifications;
        this.types = types;
        this.messages = messages;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Evidence> evidence(PreauUser reporter, UUID id) {
        Locale locale = LocaleContextHolder.getLocale();
        return repository.seen(reporter.personId(), id, clock.instant()).map(seen -> evidence(seen, locale));
    }

    private Evidence evidence(Seen seen, Locale locale) {
        String label = types.find(seen.type()).map(NotificationType::labelKey)
                .map(key -> messages.getMessage(key, null, seen.type(), locale)).orElse(seen.type());
        return new Evidence(null, label, seen.structure(), label,
                notifications.text(seen.type(), seen.args(), locale), repository.recipients(seen.type(), seen.sourceKey()),
                seen.date(), seen.link());
    }

    @Override
    @Transactional
    public boolean neutralize(UUID id) {
        var held = repository.neutralize(id, clock.instant());
        held.ifPresent(signal::changed);
        return held.isPresent();
    }

    @Override
    @Transactional
    public boolean restore(UUID id) {
        var back = repository.restore(id);
        signal.changed(back);
        return !back.isEmpty();
    }
}
