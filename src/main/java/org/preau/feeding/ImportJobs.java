package org.preau.feeding;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectorySync;
import org.preau.directory.Profile;
import org.preau.directory.SyncModel;
import org.preau.directory.SyncModel.SyncReport;
import org.preau.feeding.ImportViews.ImportView;
import org.preau.feeding.ImportViews.Status;
import org.preau.identity.Accounts;
import org.preau.identity.Accounts.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports off the request thread: the dry run when an import starts, the real thing when an admin applies
 * it. One import at a time in the cluster ({@link ImportLease}). An apply is written in chunks, each in its own
 * transaction (structures, then each structure's people: {@link DirectorySync#apply}), then the accounts of
 * everyone the import brings in who has none, then the register's entries with the APPLIED status. Every step is
 * idempotent, so an apply stopped anywhere (its node died) and run again ends as if it had never stopped.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /**
     * Told where an apply stands: after each committed chunk ({@link SyncModel.Progress} steps), then
     * {@code accounts} just before the accounts are opened. Tests stop the apply there, as a node that dies.
     */
    @FunctionalInterface
    interface ApplyProgress {

        ApplyProgress NONE = step -> { };

        void reached(String step);
    }

    private final ImportRepository repository;
    private final ImportParser parser;
    private final DirectorySync sync;
    private final Accounts accounts;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final RegisterEntryRepository entries;
    private final ImportLease lease;

    ImportJobs(ImportRepository repository, ImportParser parser, DirectorySync sync, Accounts accounts, Clock clock,
            TransactionTemplate transaction, RegisterEntryRepository entries, ImportLease lease) {
        this.entries = entries;
        this.repository = repository;
        this.parser = parser;
        this.sync = sync;
        this.accounts = accounts;
        this.clock = clock;
        this.transaction = transaction;
        this.lease = lease;
    }

    @Async
    @TransactionalEventListener
    void dryRun(Imports.DryRunRequested event) {
        run(event.id(), Status.RUNNING, ApplyProgress.NONE);
    }

    @Async
    @TransactionalEventListener
    void apply(Imports.ApplyRequested event) {
        run(event.id(), Status.APPLYING, ApplyProgress.NONE);
    }

    /**
     * Runs the import if it is (still) in {@code expected}, holding the lease; an unexpected error makes it
     * FAILED. What is not a {@link RuntimeException} (the node going down) leaves it as it is: the lease and the
     * import's heartbeat go stale and the import is shown as interrupted.
     */
    void run(UUID id, Status expected, ApplyProgress progress) {
        UUID token = lease.acquire(id);
        try {
            if (!work(id, expected, token, progress)) {
                lease.release(token);
            }
        } catch (ImportLease.LeaseLost e) {
            log.warn("Import {} stopped: another run took it over", id);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            if (lease.beat(token)) { // else another run took the import over: its outcome is not this one's
                finish(id, token, Status.FAILED, null, "import.error.unexpected");
            }
        } finally {
            lease.forget(token);
        }
    }

    /** The import's outcome and the lease given back, at once: the next import finds the lease free. */
    private void finish(UUID id, UUID token, Status status, ImportViews.@Nullable Report report,
            @Nullable String errorKey) {
        transaction.executeWithoutResult(tx -> {
            repository.finish(id, status, report, errorKey, clock.instant());
            lease.release(token);
        });
    }

    /**
     * Entries of AAF imports applied before entries were kept: read again from their stored files, oldest
     * first, so that the first delta after an upgrade finds what it modifies.
     */
    private void backfillEntries() {
        if (!entries.isEmpty()) {
            return;
        }
        for (UUID applied : repository.appliedAaf()) {
            entries.save(parser.aaf(repository.files(applied)).entries(), clock.instant());
            log.info("Register entries of import {} stored again", applied);
        }
    }

    /** Runs the import; false if there was nothing to do (no longer in {@code expected}). */
    private boolean work(UUID id, Status expected, UUID token, ApplyProgress progress) {
        ImportView view = repository.find(id).orElse(null);
        if (view == null || repository.storedStatus(id).orElse(null) != expected) {
            return false;
        }
        boolean apply = expected == Status.APPLYING;
        long start = System.nanoTime();
        if (view.kind() == ImportViews.Kind.AAF) {
            backfillEntries();
        }
        var parsed = parser.parse(view, repository.files(id), repository.mapping(id).orElse(null));
        if (parsed.unusable()) {
            finish(id, token, Status.FAILED, ImportReports.of(parsed.source(), null, 0), "import.error.unusable");
            log.warn("Import {} failed: its files could not be read", id);
            return true;
        }
        Set<Profile> profiles = view.profile() == null ? EnumSet.noneOf(Profile.class)
                : EnumSet.of(Profile.valueOf(view.profile()));
        var batch = SourceToSync.convert(parsed.source(), parsed.register(), view.full(), profiles,
                parsed.extraStructures());
        if (!apply) {
            SyncReport plan = sync.plan(batch);
            finish(id, token, Status.READY, ImportReports.of(parsed.source(), plan, 0), null);
            log.info("Import {} dry run done in {} ms", id, (System.nanoTime() - start) / 1_000_000);
            return true;
        }
        SyncModel.Progress chunks = step -> {
            lease.beatOrStop(token);
            progress.reached(step);
        };
        SyncReport report = sync.apply(batch, chunks);
        chunks.committed("accounts");
        int opened = openAccounts(batch);
        // the entries last, with the status: a delta stopped before reads the same entries when run again
        transaction.executeWithoutResult(tx -> {
            lease.beatOrStop(token);
            entries.save(parsed.entries(), clock.instant());
            finish(id, token, Status.APPLIED, ImportReports.of(parsed.source(), report, opened), null);
        });
        log.info("Import {} applied in {} ms, {} accounts opened", id, (System.nanoTime() - start) / 1_000_000, opened);
        return true;
    }

    /**
     * Accounts for everyone of the batch in the directory who has none, whichever run wrote them (an earlier,
     * stopped run of this import counts them as unchanged), by external id so that homonyms get the same logins.
     */
    private int openAccounts(SyncModel.SyncBatch batch) {
        var ids = batch.persons().stream().filter(p -> !p.delete()).map(SyncModel.SyncPerson::externalId).toList();
        return accounts.openGenerated(sync.activePersons(batch.source(), ids).stream()
                .map(p -> new NewAccount(p.id(), p.firstName(), p.lastName())).toList());
    }
}
