package org.preau.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.preau.access.Rights;
import org.preau.directory.Affiliations;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.moderation.ReportRepository.Line;
import org.preau.moderation.ReportRepository.StoredEvidence;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.reporting.Evidence;
import org.preau.platform.reporting.ReportableContent;
import org.preau.platform.notification.NoticeRequested;
import org.preau.platform.notification.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and decisions. Anyone may report what they can see (the application says what that is);
 * the report keeps a copy of the content as it was and goes to the moderators of its structure —
 * its admins and whoever holds {@code moderation.review} there — or, for content of no
 * structure, to the central admins, who see every report. A moderator neutralizes the content
 * (the application hides it from every reader at once), restores it, or dismisses the reports.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    /** The longest reason kept. */
    public static final int MAX_REASON = 1000;
    /** The most reports a queue shows at once. */
    static final int QUEUE_LIMIT = 200;

    /** What a moderator decides. */
    public enum Decision {
        NEUTRALIZE("NEUTRALIZED"), RESTORE("RESTORED"), DISMISS("DISMISSED");

        final String recorded;

        Decision(String recorded) {
            this.recorded = recorded;
        }
    }

    /** What came of a decision. */
    public enum Outcome {
        DONE, NOT_FOUND, CONFLICT
    }

    /** A report as its moderators see it in the queue. */
    public record Item(UUID id, String type, UUID target, String reason, Instant reportedAt, String state,
            @Nullable String decision, @Nullable StructureId structure, String structureName, String title,
            String authorName, int openReports) {
    }

    /** A report with its evidence and the decisions taken on its content. */
    public record Detail(Item item, String reporterName, @Nullable PersonId author, String body, int recipients,
            Instant createdAt, @Nullable String link, String sha256, Instant takenAt, List<HistoryLine> history,
            boolean neutralized) {
    }

    /** One decision taken, with the moderator's name. */
    public record HistoryLine(String decision, String moderatorName, Instant at) {
    }

    private final ReportRepository reports;
    private final Map<String, ReportableContent> contents;
    private final Directory directory;
    private final Rights rights;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reports(ReportRepository reports, List<ReportableContent> contents, Directory directory, Rights rights,
            ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.contents = contents.stream().collect(Collectors.toUnmodifiableMap(ReportableContent::type,
                Function.identity()));
        this.directory = directory;
        this.rights = rights;
        this.events = events;
        this.clock = clock;
    }

    /** The kinds of content that may be reported. */
    public Set<String> types() {
        return contents.keySet();
    }

    /**
     * Reports {@code target}: its id, or empty when there is no such content or the reporter may not
     * see it. Reporting again what one already reported (still open) answers the first report.
     */
    @Transactional
    public Optional<UUID> report(PreauUser reporter, String type, UUID target, String reason) {
        String kept = reason.strip();
        if (kept.isEmpty() || kept.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason is 1 to " + MAX_REASON + " characters");
        }
        ReportableContent content = contents.get(type);
        if (content == null) {
            return Optional.empty();
        }
        Optional<Evidence> evidence = content.evidence(reporter, target);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        Optional<UUID> already = reports.openReport(type, target, reporter.personId());
        if (already.isPresent()) {
            return already;
        }
        Instant now = clock.instant();
        Evidence seen = evidence.get();
        reports.keepEvidence(type, target, new StoredEvidence(seen.author(), seen.authorName(), seen.title(),
                seen.text(), seen.recipients(), seen.createdAt(), seen.link(), EvidenceHash.of(type, target, seen), now));
        UUID id = UUID.randomUUID();
        reports.insert(id, type, target, reporter.personId(), kept, seen.structure(), now);
        log.info("Report {} of {} {} by {} (structure {})", id, type, target, reporter.personId(), seen.structure());
        if (seen.structure() != null) {
            List<PersonId> admins = directory.localAdmins(seen.structure());
            if (!admins.isEmpty()) {
                events.publishEvent(new NoticeRequested(ModerationApplications.REPORT_NOTICE, Recipients.people(admins),
                        List.of(), "/moderation/reports/" + id, seen.structure(), "moderation.report:" + id));
            }
        }
        return Optional.of(id);
    }

    /** Whether the person moderates anything (a structure, or everything as a central admin). */
    public boolean moderates(PreauUser user) {
        return rights.allowed(user, ModerationApplications.REVIEW);
    }

    /** The reports of a state ({@code OPEN} or {@code CLOSED}) the person moderates, newest first. */
    public List<Item> queue(PreauUser moderator, String state, @Nullable String type) {
        Affiliations affiliations = directory.affiliations(moderator.personId());
        boolean everywhere = everywhere(moderator, affiliations);
        List<StructureId> structures = everywhere ? List.of() : moderated(moderator, affiliations);
        if (!everywhere && structures.isEmpty()) {
            return List.of();
        }
        List<Line> lines = reports.queue(state, everywhere, structures, type, QUEUE_LIMIT);
        Map<StructureId, String> names = structureNames(moderator, lines.stream().map(Line::structure).toList());
        return lines.stream().map(l -> item(l, names)).toList();
    }

    /** A report the person moderates, with its evidence and history. */
    public Optional<Detail> detail(PreauUser moderator, UUID id) {
        return reports.find(id).filter(l -> mayModerate(moderator, l.structure())).flatMap(line ->
                reports.evidence(line.type(), line.target()).map(e -> {
                    List<ReportRepository.DecisionRow> rows = reports.history(line.type(), line.target());
                    Set<PersonId> people = new LinkedHashSet<>();
                    people.add(line.reporter());
                    rows.forEach(r -> people.add(r.moderator()));
                    Map<PersonId, String> names = directory.displayNames(people);
                    List<HistoryLine> history = rows.stream().map(r -> new HistoryLine(r.decision(),
                            names.getOrDefault(r.moderator(), ""), r.at())).toList();
                    boolean neutralized = !rows.isEmpty()
                            && Decision.NEUTRALIZE.recorded.equals(rows.getLast().decision());
                    return new Detail(item(line, structureNames(moderator,
                            java.util.Collections.singletonList(line.structure()))),
                            names.getOrDefault(line.reporter(), ""), e.author(), e.body(), e.recipients().size(),
                            e.createdAt(), e.link(), e.sha256(), e.takenAt(), history, neutralized);
                }));
    }

    /**
     * Carries out a decision on the report's content: NOT_FOUND when the person does not moderate
     * it, CONFLICT when the decision does not apply (restoring what is not neutralized, dismissing
     * a closed report, neutralizing twice).
     */
    @Transactional
    public Outcome decide(PreauUser moderator, UUID id, Decision decision) {
        Optional<Line> found = reports.find(id).filter(l -> mayModerate(moderator, l.structure()));
        if (found.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        Line line = found.get();
        boolean neutralized = reports.lastDecision(line.type(), line.target())
                .filter(Decision.NEUTRALIZE.recorded::equals).isPresent();
        ReportableContent content = contents.get(line.type());
        Instant now = clock.instant();
        switch (decision) {
            case NEUTRALIZE -> {
                if (neutralized || content == null) {
                    return Outcome.CONFLICT;
                }
                content.neutralize(line.target());
                reports.close(line.type(), line.target(), decision.recorded, moderator.personId(), now);
            }
            case RESTORE -> {
                if (!neutralized || content == null || !content.restore(line.target())) {
                    return Outcome.CONFLICT;
                }
                reports.redecide(line.id(), decision.recorded, moderator.personId(), now);
            }
            case DISMISS -> {
                if (!"OPEN".equals(line.state())) {
                    return Outcome.CONFLICT;
                }
                reports.close(line.type(), line.target(), decision.recorded, moderator.personId(), now);
            }
        }
        reports.recordDecision(line.type(), line.target(), decision.recorded, moderator.personId(), line.structure(), now);
        log.info("Moderation: {} {} {} by {} (report {})", decision.recorded, line.type(), line.target(),
                moderator.personId(), id);
        return Outcome.DONE;
    }

    private boolean mayModerate(PreauUser user, @Nullable StructureId structure) {
        if (everywhere(user, directory.affiliations(user.personId()))) {
            return true;
        }
        return structure != null && rights.allowed(user, ModerationApplications.REVIEW, structure);
    }

    /** A central admin who moderates (by default they all do) moderates every structure, and what has none. */
    private boolean everywhere(PreauUser user, Affiliations affiliations) {
        return affiliations.centralAdmin() && rights.allowed(user, ModerationApplications.REVIEW);
    }

    private List<StructureId> moderated(PreauUser user, Affiliations affiliations) {
        Set<StructureId> candidates = new LinkedHashSet<>(affiliations.administered());
        affiliations.groups().forEach(g -> candidates.add(g.structure()));
        return candidates.stream().filter(s -> rights.allowed(user, ModerationApplications.REVIEW, s)).toList();
    }

    /** The names of the structures wanted, among those the moderator sees (all, for the central admin). */
    private Map<StructureId, String> structureNames(PreauUser moderator, Collection<@Nullable StructureId> wanted) {
        Map<StructureId, String> names = new HashMap<>();
        if (wanted.stream().anyMatch(java.util.Objects::nonNull)) {
            for (StructureRef s : directory.visibleStructures(moderator)) {
                if (wanted.contains(s.id())) {
                    names.put(s.id(), s.name());
                }
            }
        }
        return names;
    }

    private static Item item(Line l, Map<StructureId, String> names) {
        return new Item(l.id(), l.type(), l.target(), l.reason(), l.reportedAt(), l.state(), l.decision(),
                l.structure(), l.structure() == null ? "" : names.getOrDefault(l.structure(), ""), l.title(),
                l.authorName(), l.openReports());
    }
}
