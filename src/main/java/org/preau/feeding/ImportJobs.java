package org.preau.feeding;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.preau.directory.DirectorySync;
import org.preau.directory.Profile;
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

/**
 * Runs imports off the request thread: the dry run when an import starts, the real thing
 * when an admin applies it. Each step is idempotent (an unchanged person is skipped), so a
 * step replayed after a crash does no harm.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportRepository repository;
    private final ImportParser parser;
    private final DirectorySync sync;
    private final Accounts accounts;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transaction;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final RegisterEntryRepository entries;

    private static final long LOCK = 0x5052_4541_5546_4545L;

    ImportJobs(ImportRepository repository, ImportParser parser, DirectorySync sync, Accounts accounts, Clock clock,
            org.springframework.transaction.support.TransactionTemplate transaction,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, RegisterEntryRepository entries) {
        this.entries = entries;
        this.repository = repository;
        this.parser = parser;
        this.sync = sync;
        this.accounts = accounts;
        this.clock = clock;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Async
    @TransactionalEventListener
    void dryRun(Imports.DryRunRequested event) {
        run(event.id(), Status.RUNNING, false);
    }

    @Async
    @TransactionalEventListener
    void apply(Imports.ApplyRequested event) {
        run(event.id(), Status.APPLYING, true);
    }

    /**
     * One import at a time in the whole cluster: the work runs inside a transaction that holds
     * a PostgreSQL advisory lock (the directory's own writes use transactions of their own).
     */
    private void run(UUID id, Status expected, boolean apply) {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", LOCK).query().singleValue();
                work(id, expected, apply);
            });
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            repository.finish(id, Status.FAILED, null, "import.error.unexpected", clock.instant());
        }
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

    private void work(UUID id, Status expected, boolean apply) {
        ImportView view = repository.find(id).filter(v -> v.status() == expected).orElse(null);
        if (view == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (view.kind() == ImportViews.Kind.AAF) {
                backfillEntries();
            }
            var parsed = parser.parse(view, repository.files(id), repository.mapping(id).orElse(null));
            if (parsed.unusable()) {
                repository.finish(id, Status.FAILED, ImportReports.of(parsed.source(), null, 0), "import.error.unusable",
                        clock.instant());
                log.warn("Import {} failed: its files could not be read", id);
                return;
            }
            Set<Profile> profiles = view.profile() == null ? EnumSet.noneOf(Profile.class)
                    : EnumSet.of(Profile.valueOf(view.profile()));
            var batch = SourceToSync.convert(parsed.source(), parsed.register(), view.full(), profiles,
                    parsed.extraStructures());
            SyncReport report = apply ? sync.apply(batch) : sync.plan(batch);
            if (apply) {
                entries.save(parsed.entries(), clock.instant());
            }
            int opened = apply ? accounts.openGenerated(report.created().stream()
                    .map(p -> new NewAccount(p.id(), p.firstName(), p.lastName())).toList()) : 0;
            repository.finish(id, apply ? Status.APPLIED : Status.READY, ImportReports.of(parsed.source(), report, opened),
                    null, clock.instant());
            log.info("Import {} {} in {} ms", id, apply ? "applied" : "dry run done", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            repository.finish(id, Status.FAILED, null, "import.error.unexpected", clock.instant());
        }
    }
}
