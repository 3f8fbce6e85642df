package org.preau.access;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.preau.access.RolesRepository.Mode;
import org.preau.platform.web.ApplicationRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the roles the applications declare ({@link ApplicationRole} beans) into the access
 * tables at start-up, before anyone is let in: creates a missing role, adds its actions and
 * gives it to its profiles for the whole territory, each once. Every item done is recorded, so
 * that what the central admin changes afterwards in the rights console (a default withdrawn, an
 * action taken out, the role deleted) is not put back at the next start, while a role or an
 * action added to the code later is. Two nodes starting together take turns on a lock.
 */
@Component
class DeclaredRoles implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DeclaredRoles.class);
    private static final String ROLE = "role";

    private final List<ApplicationRole> declared;
    private final DeclaredRolesRepository repository;
    private final Rights rights;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DeclaredRoles(List<ApplicationRole> declared, ActionsCatalog actions, DeclaredRolesRepository repository,
            Rights rights, MessageSource messages, Clock clock, PlatformTransactionManager transactions) {
        this.declared = checked(declared, actions);
        this.repository = repository;
        this.rights = rights;
        this.messages = messages;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Refuses a key declared twice, or an action no application declares (a typo would give nothing). */
    private static List<ApplicationRole> checked(List<ApplicationRole> declared, ActionsCatalog actions) {
        Set<String> keys = new HashSet<>();
        for (ApplicationRole role : declared) {
            if (!keys.add(role.key())) {
                throw new IllegalStateException("Role declared twice: " + role.key());
            }
            role.actions().stream().filter(a -> !actions.exists(a)).findFirst().ifPresent(a -> {
                throw new IllegalStateException("Role " + role.key() + " bundles the undeclared action " + a);
            });
        }
        return List.copyOf(declared);
    }

    @Override
    public void afterSingletonsInstantiated() {
        int changes = synchronise();
        log.info("Declared roles synchronised: {} roles, {} changes", declared.size(), changes);
    }

    /** Does what was not done yet for each declared role, in one transaction; returns how many rows changed. */
    int synchronise() {
        Integer changes = transactions.execute(status -> {
            repository.lock();
            Instant now = clock.instant();
            int count = 0;
            for (ApplicationRole role : declared) {
                count += synchronise(role, now);
            }
            if (count > 0) {
                rights.changed();
            }
            return count;
        });
        return changes == null ? 0 : changes;
    }

    private int synchronise(ApplicationRole role, Instant now) {
        Set<String> done = repository.doneItems(role.key());
        UUID id = repository.roleId(role.key()).orElse(null);
        int count = 0;
        if (id == null) {
            if (done.contains(ROLE)) {
                return 0; // deleted by an admin
            }
            id = repository.create(role.key(), name(role), role.labelKey(), now);
            count++;
        }
        repository.done(role.key(), ROLE, now);
        for (String action : role.actions()) {
            if (!done.contains("action:" + action)) {
                count += repository.addAction(id, action) ? 1 : 0;
                repository.done(role.key(), "action:" + action, now);
            }
        }
        count += profiles(role, id, role.byDefault(), Mode.DEFAULT, done, now);
        count += profiles(role, id, role.allowed(), Mode.ALLOWED, done, now);
        return count;
    }

    private int profiles(ApplicationRole role, UUID id, Set<ApplicationRole.Profile> profiles, Mode mode,
            Set<String> done, Instant now) {
        int count = 0;
        for (ApplicationRole.Profile profile : profiles) {
            String item = "profile:" + profile.name();
            if (!done.contains(item)) {
                count += repository.addProfile(id, RightsProfile.valueOf(profile.name()), mode) ? 1 : 0;
                repository.done(role.key(), item, now);
            }
        }
        return count;
    }

    /** The name stored with the role (shown in its label's language until an admin renames it). */
    private String name(ApplicationRole role) {
        String name = messages.getMessage(role.labelKey(), null, role.key(), Locale.FRENCH).strip();
        return name.isEmpty() ? role.key() : name.substring(0, Math.min(name.length(), RolesAdmin.MAX_NAME));
    }
}
