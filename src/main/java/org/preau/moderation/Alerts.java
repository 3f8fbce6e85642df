package org.preau.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.preau.directory.Affiliations;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.preau.platform.notification.NoticeRequested;
import org.preau.platform.notification.Recipients;
import org.preau.platform.reporting.AnomalyDetected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns {@link AnomalyDetected} into an alert: recorded ({@code moderation.alerts}), at most one per
 * person and kind an hour whatever the number of nodes, and told to the admins of every structure
 * of the person with the central admins in copy, in their timeline and by mail at once (the alert
 * types' mail is immediate). Handled after the commit of what crossed the line, off the request
 * thread: it reaches the timeline within seconds.
 */
@Component
class Alerts {

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);
    static final Duration ONE_PER = Duration.ofHours(1);

    private final AlertRepository alerts;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Alerts(AlertRepository alerts, Directory directory, ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AnomalyDetected anomaly) {
        Instant now = clock.instant();
        UUID id = alerts.recordUnlessSince(anomaly, now.minus(ONE_PER), now);
        if (id == null) {
            return;
        }
        Affiliations affiliations = directory.affiliations(anomaly.person());
        Set<StructureId> structures = new LinkedHashSet<>(affiliations.administered());
        affiliations.groups().forEach(g -> structures.add(g.structure()));
        Set<PersonId> told = new LinkedHashSet<>();
        structures.forEach(s -> told.addAll(directory.localAdmins(s)));
        told.addAll(directory.centralAdmins());
        told.remove(anomaly.person());
        log.warn("Alert {} {} on {}: {} in {} min, told {} admin(s)", id, anomaly.kind(), anomaly.person(),
                anomaly.count(), anomaly.window(), told.size());
        if (told.isEmpty()) {
            return;
        }
        String name = directory.displayNames(List.of(anomaly.person())).getOrDefault(anomaly.person(), "");
        StructureId structure = structures.isEmpty() ? null : structures.iterator().next();
        events.publishEvent(new NoticeRequested(type(anomaly.kind()), Recipients.people(told),
                List.of(name, String.valueOf(anomaly.count()), String.valueOf(anomaly.window())), link(anomaly.kind()),
                structure, "moderation.alert:" + id));
    }

    /** The notification type of a kind: {@code moderation.alert-burst}, {@code moderation.alert-same-body}… */
    static String type(AnomalyDetected.Kind kind) {
        return ModerationApplications.ALERT_NOTICE + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String link(AnomalyDetected.Kind kind) {
        return Map.of(AnomalyDetected.Kind.HELD, "/messages/held").getOrDefault(kind, "/moderation");
    }
}
