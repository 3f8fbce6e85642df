package org.preau.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.directory.AdminFunction;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.notification.NotificationType;
import org.preau.timeline.ReportsRepository.OpenReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports review: the open reports of the structures an admin administers (every structure,
 * and reports from no structure, for the central admin), dismissed or resolved by removing the
 * notification for everyone it reached. Reporters are named to admins only; nothing tells a
 * reporter who moderated.
 */
@Service
@Transactional(readOnly = true)
class Moderation {

    static final String DISMISSED = "DISMISSED";
    static final String REMOVED = "REMOVED";

    /** One open report as a moderator sees it. */
    record ReportView(UUID entry, String typeLabel, String text, String structureName, PersonId reporterId,
            String reporterName, Instant reportedAt) {
    }

    private final ReportsRepository reports;
    private final DirectoryAdmin admins;
    private final Directory directory;
    private final Notifications notifications;
    private final NotificationTypes types;
    private final MessageSource messages;
    private final UnreadSignal signal;
    private final Clock clock;

    Moderation(ReportsRepository reports, DirectoryAdmin admins, Directory directory, Notifications notifications,
            NotificationTypes types, MessageSource messages, UnreadSignal signal, Clock clock) {
        this.reports = reports;
        this.admins = admins;
        this.directory = directory;
        this.notifications = notifications;
        this.types = types;
        this.messages = messages;
        this.signal = signal;
        this.clock = clock;
    }

    List<ReportView> open(PreauUser admin, Locale locale) {
        List<StructureRef> mine = admins.structures(admin);
        Map<StructureId, String> names = new HashMap<>();
        mine.forEach(s -> names.put(s.id(), s.name()));
        List<OpenReport> found = reports.open(central(admin) ? null : names.keySet(), 200);
        Map<PersonId, String> reporters = directory.displayNames(found.stream().map(OpenReport::reporter).toList());
        return found.stream().map(r -> new ReportView(r.entry(), label(r.type(), locale),
                notifications.text(r.type(), r.args(), locale),
                r.structure() == null ? "" : names.getOrDefault(r.structure(), ""), r.reporter(),
                reporters.getOrDefault(r.reporter(), ""), r.reportedAt())).toList();
    }

    /** Closes the report, leaving the notification as it is; false when the admin may not see it. */
    @Transactional
    boolean dismiss(PreauUser admin, UUID entry) {
        Optional<OpenReport> report = reports.open(entry).filter(r -> may(admin, r));
        report.ifPresent(r -> reports.resolve(List.of(r.entry()), DISMISSED, admin.personId(), clock.instant()));
        return report.isPresent();
    }

    /**
     * Removes the reported notification from every feed it reached (and its mails not sent yet),
     * closing every report of it; false when the admin may not see the report.
     */
    @Transactional
    boolean removeForEveryone(PreauUser admin, UUID entry) {
        Optional<OpenReport> report = reports.open(entry).filter(r -> may(admin, r));
        if (report.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        OpenReport r = report.get();
        reports.resolve(reports.entriesOf(r.type(), r.sourceKey()), REMOVED, admin.personId(), now);
        signal.changed(reports.removeForEveryone(r.type(), r.sourceKey(), now));
        return true;
    }

    private boolean may(PreauUser admin, OpenReport report) {
        return report.structure() == null ? central(admin) : admins.administers(admin, report.structure());
    }

    private static boolean central(PreauUser admin) {
        return admin.hasRole(AdminFunction.CENTRAL_ADMIN.name());
    }

    private String label(String type, Locale locale) {
        return types.find(type).map(NotificationType::labelKey).map(k -> messages.getMessage(k, null, locale))
                .orElse(type);
    }
}
