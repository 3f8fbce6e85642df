package org.preau.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.preau.directory.SyncModel.CreatedPerson;
import org.preau.directory.SyncModel.StructureFailure;
import org.preau.directory.SyncModel.SyncBatch;
import org.preau.directory.SyncModel.SyncReport;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.directory.SyncPlanner.Plan;
import org.preau.directory.SyncPlanner.PlannedPerson;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the directory in step with an official register: plans a batch (dry run) and
 * applies it, one transaction per structure, so that a failure leaves that structure as it
 * was. People who leave the register are detached and deleted after a delay.
 */
@Service
public class DirectorySync {

    private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

    private final SyncReferenceRepository references;
    private final SyncPersonRepository persons;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration deletionDelay;
    private final org.springframework.context.ApplicationEventPublisher events;

    DirectorySync(SyncReferenceRepository references, SyncPersonRepository persons,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${preau.directory.deletion-delay:P90D}") Duration deletionDelay,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.references = references;
        this.persons = persons;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.deletionDelay = deletionDelay;
    }

    /** The external ids of everyone the register {@code source} has fed (whatever their state). */
    public java.util.Set<String> registerIds(String source) {
        return java.util.Set.copyOf(persons.existing(source).keySet());
    }

    /** What applying the batch would change, changing nothing. */
    public SyncReport plan(SyncBatch batch) {
        Plan plan = SyncPlanner.plan(batch, persons.existing(batch.source()));
        return new SyncReport(plan.counts(), plan.warnings(), List.of(), List.of());
    }

    /**
     * The active people of the register {@code source} among these external ids, by external id: one query, for
     * the accounts of everyone an import brings in, whichever run wrote them.
     */
    public List<SyncModel.RegisterPerson> activePersons(String source, java.util.Collection<String> externalIds) {
        return persons.active(source, externalIds);
    }

    /** Applies the batch; structures that fail are reported and left as they were. */
    public SyncReport apply(SyncBatch batch) {
        return apply(batch, SyncModel.Progress.NONE);
    }

    /**
     * Applies the batch in steps, each in its own transaction, telling {@code progress} after each. Applying
     * again a batch whose apply stopped between two steps finishes it: what was written is unchanged, the rest
     * is created, updated or removed.
     */
    public SyncReport apply(SyncBatch batch, SyncModel.Progress progress) {
        Map<String, StructureId> structures = transaction.execute(status -> applyStructures(batch));
        progress.committed("structures");
        var existing = persons.existing(batch.source());
        Plan plan = SyncPlanner.plan(batch, existing);
        var context = new SyncWriter(batch, plan, existing, structures, references, persons, clock.instant());
        transaction.executeWithoutResult(status -> context.prepareReferences());
        progress.committed("references");
        List<StructureFailure> failures = new ArrayList<>();
        List<CreatedPerson> created = new ArrayList<>();
        for (var group : groups(plan).entrySet()) {
            try {
                created.addAll(transaction.execute(status -> context.applyGroup(group.getValue())));
            } catch (RuntimeException e) {
                log.warn("Import of structure {} rolled back: {}", group.getKey(), e.toString());
                failures.add(new StructureFailure(group.getKey(), e.getClass().getSimpleName()));
            }
            progress.committed("people:" + group.getKey());
        }
        List<SyncModel.SyncWarning> warnings = new ArrayList<>(plan.warnings());
        if (!batch.childLinks().isEmpty()) {
            warnings.addAll(transaction.execute(status -> context.applyChildLinks()));
            progress.committed("childLinks");
        }
        Instant now = clock.instant();
        List<org.preau.platform.PersonId> removed = plan.removed().stream().map(SyncPlanner.Existing::id).toList();
        transaction.executeWithoutResult(status -> {
            persons.detach(removed, now, now.plus(deletionDelay));
            if (!removed.isEmpty()) {
                events.publishEvent(new AccessWithdrawn(removed));
            }
        });
        progress.committed("removals");
        return new SyncReport(plan.counts(), warnings, failures, created);
    }

    private Map<String, StructureId> applyStructures(SyncBatch batch) {
        Map<String, StructureId> ids = new LinkedHashMap<>(references.structuresByExternalId());
        for (SyncStructure s : batch.structures()) {
            if (s.externalId().startsWith(SyncModel.BY_UAI) && s.uai() != null) {
                // a structure named by its UAI only (CSV imports): found, never renamed nor re-keyed
                references.findByUai(s.uai()).ifPresent(id -> ids.put(s.externalId(), id));
                continue;
            }
            StructureId id = references.findStructure(s).orElse(null);
            if (id == null) {
                id = references.insertStructure(s, batch.source());
            } else {
                references.updateStructure(id, s, batch.source());
            }
            ids.put(s.externalId(), id);
        }
        references.upsertMefs(batch.mefs());
        return ids;
    }

    /** People grouped by the first structure they belong to ("" for none), in a stable order. */
    private static Map<String, List<PlannedPerson>> groups(Plan plan) {
        Map<String, List<PlannedPerson>> groups = new TreeMap<>();
        for (PlannedPerson p : plan.persons()) {
            String home = p.structures().isEmpty() ? "" : p.structures().iterator().next();
            groups.computeIfAbsent(home, k -> new ArrayList<>()).add(p);
        }
        return groups;
    }
}
