package org.preau.access;

import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.access.RightsRules.EffectiveRights;
import org.preau.directory.AccessWithdrawn;
import org.preau.directory.Directory;
import org.preau.directory.PersonsDeleted;
import org.preau.directory.PersonsMerged;
import org.preau.platform.NodeLocalState;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.beans.factory.annotation.Value;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application rights: may this person use this action, anywhere or in one structure. The
 * rules live in memory and are reloaded when their version in the database changes (looked
 * at every {@code preau.access.refresh}, at once after a change made on this node); each
 * person's rights are computed from their groups in one query and kept for {@code
 * preau.access.person-ttl}, or until the rules change, in a bounded cache of {@code
 * preau.access.cache-size} people (the least used are evicted first).
 */
@Service
public class Rights implements NodeLocalState {

    private final RightsRepository repository;
    private final Directory directory;
    private final TransactionTemplate snapshot;
    private final long refreshNanos;
    private final Cache<PersonId, Cached> persons;
    private volatile @Nullable RightsRules rules;
    private volatile long checkedAt;
    private volatile boolean stale = true;

    private record Cached(long version, EffectiveRights rights) {
    }

    Rights(RightsRepository repository, Directory directory, PlatformTransactionManager transactions,
            @Value("${preau.access.refresh:PT2S}") Duration refresh,
            @Value("${preau.access.person-ttl:PT1M}") Duration personTtl,
            @Value("${preau.access.cache-size:50000}") int maxPersons) {
        this.repository = repository;
        this.directory = directory;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.refreshNanos = refresh.toNanos();
        this.persons = Caffeine.newBuilder().maximumSize(maxPersons).expireAfterWrite(personTtl).recordStats().build();
    }

    /** Forgets the rules and every person's rights; the next check reads them again. */
    @Override
    public void forget() {
        persons.invalidateAll();
        stale = true;
    }

    /** Whether the person may use {@code action} in at least one of their structures (or everywhere). */
    public boolean allowed(PreauUser user, String action) {
        return rightsOf(user.personId()).allowed(action);
    }

    /** Whether the person may use {@code action} in {@code structure}. */
    public boolean allowed(PreauUser user, String action, StructureId structure) {
        return rightsOf(user.personId()).allowed(action, structure);
    }

    /** Every action the person may use somewhere: what the launcher and menus show. */
    public Set<String> actions(PreauUser user) {
        return rightsOf(user.personId()).anywhere();
    }

    EffectiveRights rightsOf(PersonId person) {
        RightsRules current = rules();
        Cached cached = persons.getIfPresent(person);
        if (cached != null && cached.version() == current.version()) {
            return cached.rights();
        }
        EffectiveRights computed = current.evaluate(directory.groupsOf(person));
        persons.put(person, new Cached(current.version(), computed));
        return computed;
    }

    /** How the cache of people's rights serves: hits, misses, evictions. */
    CacheStats cacheStats() {
        return persons.stats();
    }

    /** How many people's rights are kept now. */
    long cachedPeople() {
        persons.cleanUp();
        return persons.estimatedSize();
    }

    /** The rules, reloaded if another version was committed (by this node or another). */
    RightsRules rules() {
        RightsRules current = rules;
        if (current != null && !stale && System.nanoTime() - checkedAt < refreshNanos) {
            return current;
        }
        synchronized (this) {
            current = rules;
            if (current != null && !stale && System.nanoTime() - checkedAt < refreshNanos) {
                return current;
            }
            stale = false;
            RightsRules loaded = snapshot.execute(status -> {
                RightsRules known = rules;
                return known != null && known.version() == repository.version() ? known : repository.load();
            });
            rules = loaded;
            checkedAt = System.nanoTime();
            return loaded;
        }
    }

    /** The rules as committed now, whatever this node read last: for the admin pages. */
    RightsRules currentRules() {
        stale = true;
        return rules();
    }

    /**
     * Called inside the transaction that changed the rules: bumps their version, and makes
     * this node read them again as soon as the change is committed.
     */
    void changed() {
        repository.bumpVersion();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    stale = true;
                }
            });
        } else {
            stale = true;
        }
    }

    /** Forgets what was computed for a person: their groups changed. */
    void forget(PersonId person) {
        persons.invalidate(person);
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        event.persons().forEach(this::forget);
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        forget(event.kept());
        forget(event.removed());
    }

    @ApplicationModuleListener
    void on(AccessWithdrawn event) {
        event.persons().forEach(this::forget);
    }
}
