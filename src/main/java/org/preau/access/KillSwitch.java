package org.preau.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.preau.directory.Directory;
import org.preau.directory.DirectoryAdmin;
import org.preau.platform.NodeLocalState;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The messaging kill switch of a structure, for an incident: its admins suspend
 * pupil-to-pupil communications, or all of them (its staff keep writing, to explain), with a
 * reason shown in a banner to the structure's people. {@link Reach} honours it at once.
 */
@Service
public class KillSwitch implements NodeLocalState {

    private static final Logger log = LoggerFactory.getLogger(KillSwitch.class);

    /** Longest reason. */
    public static final int MAX_REASON = 500;

    /** What is suspended. */
    public enum Mode {
        /** Pupils of the structure reach no pupil. */
        PUPILS,
        /** Nobody of the structure reaches anyone, nor is reached, except by and for its staff. */
        ALL
    }

    /** A suspension in force. */
    public record Suspension(StructureId structure, Mode mode, String reason, Instant since) {
    }

    /** What the banner says to a person of a structure whose communications are suspended. */
    public record Notice(String structureName, Mode mode, String reason, Instant since) {
    }

    private final CommunicationRepository repository;
    private final DirectoryAdmin admin;
    private final Directory directory;
    private final Clock clock;

    private final AccessAudit audit;

    /**
     * The suspensions in force, as every page's banner reads them: kept a couple of seconds (another
     * node's change shows within that), forgotten at once after a change on this node. {@link Reach}
     * reads them afresh.
     */
    private final Cache<Boolean, Map<StructureId, Suspension>> inForce =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(2)).build();

    KillSwitch(CommunicationRepository repository, DirectoryAdmin admin, Directory directory, Clock clock,
            AccessAudit audit) {
        this.audit = audit;
        this.repository = repository;
        this.admin = admin;
        this.directory = directory;
        this.clock = clock;
    }

    /** The suspension of a structure the admin manages, if any. */
    public Optional<Suspension> of(PreauUser user, StructureId structure) {
        return admin.administers(user, structure) ? Optional.ofNullable(repository.suspensions().get(structure))
                : Optional.empty();
    }

    /** Suspends communications; false when the admin may not or the reason is blank or too long. */
    @Transactional
    public boolean suspend(PreauUser user, StructureId structure, Mode mode, String reason) {
        String clean = reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON || !admin.administers(user, structure)) {
            return false;
        }
        repository.suspend(structure, mode, clean, user.personId(), clock.instant());
        forgetAfterCommit();
        audit.record(user, structure, AccessAudit.Change.COMMUNICATIONS_SUSPENDED, "mode=" + mode);
        log.info("Communications of structure {} suspended ({}) by {}", structure, mode, user.personId());
        return true;
    }

    /** Lifts the suspension; false when the admin may not. */
    @Transactional
    public boolean lift(PreauUser user, StructureId structure) {
        if (!admin.administers(user, structure)) {
            return false;
        }
        repository.lift(structure);
        forgetAfterCommit();
        audit.record(user, structure, AccessAudit.Change.COMMUNICATIONS_RESTORED, "");
        log.info("Communications of structure {} restored by {}", structure, user.personId());
        return true;
    }

    /** The suspensions of the structures where the person holds a profile or a function (the banner). */
    public List<Notice> noticesFor(PersonId person) {
        var suspensions = inForce.get(true, k -> repository.suspensions());
        if (suspensions.isEmpty()) {
            return List.of();
        }
        var affiliations = directory.affiliations(person);
        Set<StructureId> mine = new HashSet<>(affiliations.administered());
        affiliations.groups().forEach(g -> mine.add(g.structure()));
        return directory.structures().stream()
                .filter(s -> mine.contains(s.id()) && suspensions.containsKey(s.id()))
                .map(s -> {
                    var suspension = suspensions.get(s.id());
                    return new Notice(s.name(), suspension.mode(), suspension.reason(), suspension.since());
                })
                .toList();
    }

    @Override
    public void forget() {
        inForce.invalidateAll();
    }

    private void forgetAfterCommit() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }
}
