package org.preau.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.access.RolesRepository.Mode;
import org.preau.access.RolesRepository.RoleRow;
import org.preau.platform.PreauUser;
import org.preau.platform.web.ApplicationAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory's roles and defaults, which only the central admin changes: roles as
 * bundles of actions, and per profile the roles every structure gives (default) or may give
 * (allowed). For anyone else, nothing here exists.
 */
@Service
@Transactional(readOnly = true)
class RolesAdmin {

    /** Longest role name. */
    static final int MAX_NAME = 100;

    /** A role on the roles page: its actions, the profiles it is a default for, how many grants use it. */
    record RoleView(RoleRow role, List<ApplicationAction> actions, List<RightsProfile> defaultFor, long grants) {
    }

    /** What saving a role gave: its id, or the message key of what is wrong. */
    record Saved(@Nullable UUID id, @Nullable String errorKey) {
    }

    private final RolesRepository roles;
    private final ActionsCatalog catalog;
    private final Rights rights;
    private final AccessAudit audit;

    RolesAdmin(RolesRepository roles, ActionsCatalog catalog, Rights rights, AccessAudit audit) {
        this.audit = audit;
        this.roles = roles;
        this.catalog = catalog;
        this.rights = rights;
    }

    static boolean central(PreauUser user) {
        return user.hasRole("CENTRAL_ADMIN");
    }

    List<RoleView> roles(PreauUser admin) {
        if (!central(admin)) {
            return List.of();
        }
        Map<RightsProfile, Map<UUID, Mode>> modes = roles.profileModes();
        Map<UUID, Long> grants = roles.grantCounts();
        return roles.roles().stream().map(role -> new RoleView(role, actions(role.actions()),
                modes.entrySet().stream().filter(e -> e.getValue().get(role.id()) == Mode.DEFAULT)
                        .map(Map.Entry::getKey).sorted().toList(),
                grants.getOrDefault(role.id(), 0L))).toList();
    }

    Optional<RoleRow> role(PreauUser admin, UUID id) {
        return central(admin) ? roles.role(id) : Optional.empty();
    }

    /** The declared actions among {@code ids}, in the catalog's order (actions no longer declared are left out). */
    List<ApplicationAction> actions(Set<String> ids) {
        return catalog.all().stream().filter(a -> ids.contains(a.id())).toList();
    }

    /** Creates ({@code id} null) or changes a role; empty id and an error key when the form is wrong. */
    @Transactional
    Saved save(PreauUser admin, @Nullable UUID id, String name, Set<String> actions) {
        if (!central(admin)) {
            return new Saved(null, "roles.error.notFound");
        }
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            return new Saved(null, "roles.error.name");
        }
        Set<String> known = Set.copyOf(actions.stream().filter(catalog::exists).toList());
        if (known.isEmpty()) {
            return new Saved(null, "roles.error.noAction");
        }
        UUID saved = id;
        if (id == null) {
            saved = roles.create(clean, known);
        } else if (!roles.update(id, clean, known)) {
            return new Saved(null, "roles.error.notFound");
        }
        audit.record(admin, null, AccessAudit.Change.ROLE_SAVED,
                "role=" + saved + (id == null ? " new" : "") + " actions=" + String.join(",", new java.util.TreeSet<>(known)));
        rights.changed();
        return new Saved(saved, null);
    }

    @Transactional
    boolean delete(PreauUser admin, UUID id) {
        if (!central(admin) || !roles.delete(id)) {
            return false;
        }
        audit.record(admin, null, AccessAudit.Change.ROLE_DELETED, "role=" + id);
        rights.changed();
        return true;
    }

    /** Per role, the mode for each profile: the territory defaults page. */
    Map<RightsProfile, Map<UUID, Mode>> modes(PreauUser admin) {
        return central(admin) ? roles.profileModes() : Map.of();
    }

    /** Sets the territory's defaults; {@code modes} holds the mode of every role for every profile. */
    @Transactional
    boolean setModes(PreauUser admin, Map<RightsProfile, Map<UUID, Mode>> modes) {
        if (!central(admin)) {
            return false;
        }
        Set<UUID> existing = Set.copyOf(roles.roles().stream().map(RoleRow::id).toList());
        var before = roles.profileModes();
        List<String> changes = new ArrayList<>();
        List<Map.Entry<RightsProfile, Map<UUID, Mode>>> entries = new ArrayList<>(modes.entrySet());
        entries.sort(Comparator.comparing(Map.Entry::getKey));
        for (var entry : entries) {
            entry.getValue().forEach((role, mode) -> {
                if (existing.contains(role)) {
                    roles.setProfileMode(entry.getKey(), role, mode);
                    if (before.getOrDefault(entry.getKey(), Map.of()).get(role) != mode) {
                        changes.add(entry.getKey() + "/" + role + "=" + mode);
                    }
                }
            });
        }
        if (!changes.isEmpty()) {
            audit.record(admin, null, AccessAudit.Change.DEFAULTS_SET, String.join(" ", changes));
        }
        rights.changed();
        return true;
    }
}
