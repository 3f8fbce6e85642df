package org.preau.access;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.access.RolesRepository.RoleRow;
import org.preau.directory.AutoGroups;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.DirectoryGroups;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.directory.Profile;
import org.preau.platform.GroupRef;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.web.ApplicationAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A structure's rights, as its admins adapt them: which roles each profile has there (the
 * territory's defaults, minus those withdrawn, plus those given), and roles given to its
 * classes and groups. A local admin gives only roles whose actions the territory allows
 * the profile; the central admin gives any. Only the structure's admins see any of it.
 */
@Service
class RightsAdmin {

    /** The profiles of a class that roles are given to. */
    private static final List<Profile> CLASS_PROFILES = List.of(Profile.STUDENT, Profile.TEACHER, Profile.RELATIVE);

    /** A box of the matrix: the role for a profile; {@code name} is the form field. */
    record Cell(String name, RightsProfile profile, boolean checked, boolean editable, boolean byDefault) {
    }

    /** A line of the matrix: a role, its actions, a box per profile. */
    record RoleLine(RoleRow role, List<ApplicationAction> actions, List<Cell> cells) {
    }

    /** A group roles may be given to: its name is {@code nameKey} with {@code name} as argument, or {@code name}. */
    record GroupChoice(String id, @Nullable String nameKey, String name) {
    }

    /** A role given to a class or a group. */
    record GrantLine(UUID id, @Nullable GroupChoice group, RoleRow role, boolean byCentral) {
    }

    /** Everything the rights page shows. */
    record StructureRights(StructureRef structure, boolean central, List<RightsProfile> profiles,
            List<RoleLine> matrix, List<GrantLine> grants, List<GroupChoice> groups, List<RoleRow> grantable) {
    }

    enum Granted {
        DONE, NOT_FOUND, BEYOND_LIMITS
    }

    private final DirectoryAdmin admin;
    private final DirectoryGroups groups;
    private final RolesRepository roles;
    private final RightsRepository repository;
    private final RolesAdmin rolesAdmin;
    private final Rights rights;
    private final Clock clock;
    private final AccessAudit audit;

    RightsAdmin(DirectoryAdmin admin, DirectoryGroups groups, RolesRepository roles, RightsRepository repository,
            RolesAdmin rolesAdmin, Rights rights, Clock clock, AccessAudit audit) {
        this.audit = audit;
        this.admin = admin;
        this.groups = groups;
        this.roles = roles;
        this.repository = repository;
        this.rolesAdmin = rolesAdmin;
        this.rights = rights;
        this.clock = clock;
    }

    Optional<StructureRights> view(PreauUser user, StructureId structure) {
        return admin.structure(user, structure).map(ref -> {
            boolean central = RolesAdmin.central(user);
            RightsRules rules = rights.currentRules();
            Map<String, GroupChoice> choices = choices(user, structure);
            List<RoleRow> all = roles.roles();
            List<RoleLine> matrix = all.stream()
                    .map(role -> new RoleLine(role, rolesAdmin.actions(role.actions()),
                            RightsProfile.IN_STRUCTURE.stream().map(p -> cell(rules, structure, p, role, central))
                                    .toList()))
                    .filter(line -> line.cells().stream().anyMatch(c -> c.editable() || c.checked()))
                    .toList();
            Map<UUID, RoleRow> byId = new LinkedHashMap<>();
            all.forEach(r -> byId.put(r.id(), r));
            List<GrantLine> grants = rules.grants(structure).stream()
                    .filter(g -> !g.group().startsWith(GroupRef.STRUCTURE_PREFIX) && byId.containsKey(g.role()))
                    .map(g -> new GrantLine(g.id(), choices.get(g.group()), byId.get(g.role()), g.byCentral()))
                    .toList();
            List<RoleRow> grantable = central ? all
                    : all.stream().filter(r -> within(rules, manualGroupCeiling(rules), r)).toList();
            return new StructureRights(ref, central, RightsProfile.IN_STRUCTURE, matrix, grants,
                    List.copyOf(choices.values()), grantable);
        });
    }

    /** Saves the matrix: {@code checked} names the boxes ticked; boxes the admin may not change stay as they were. */
    @Transactional
    boolean saveMatrix(PreauUser user, StructureId structure, Set<String> checked) {
        if (admin.structure(user, structure).isEmpty()) {
            return false;
        }
        boolean central = RolesAdmin.central(user);
        RightsRules rules = rights.currentRules();
        List<String> changes = new java.util.ArrayList<>();
        for (RoleRow role : roles.roles()) {
            for (RightsProfile profile : RightsProfile.IN_STRUCTURE) {
                Cell cell = cell(rules, structure, profile, role, central);
                boolean wanted = checked.contains(cell.name());
                if (cell.editable() && wanted != cell.checked()) {
                    set(structure, profile, role.id(), wanted, cell.byDefault(), user, central);
                    changes.add(profile + "/" + role.id() + (wanted ? "=on" : "=off"));
                }
            }
        }
        if (!changes.isEmpty()) {
            audit.record(user, structure, AccessAudit.Change.RIGHTS_SAVED, String.join(" ", changes));
        }
        rights.changed();
        return true;
    }

    private void set(StructureId structure, RightsProfile profile, UUID role, boolean wanted, boolean byDefault,
            PreauUser user, boolean central) {
        String group = RightsRules.profileGroup(structure, profile);
        if (byDefault && wanted) {
            repository.include(structure, profile, role);
        } else if (byDefault) {
            repository.exclude(structure, profile, role);
            repository.revoke(structure, group, role);
        } else if (wanted) {
            repository.grant(structure, group, role, central, user.personId(), clock.instant());
        } else {
            repository.revoke(structure, group, role);
        }
    }

    /** Gives a role to a class or group of the structure, within what the territory allows unless central. */
    @Transactional
    Granted grant(PreauUser user, StructureId structure, String group, UUID role) {
        if (admin.structure(user, structure).isEmpty() || !choices(user, structure).containsKey(group)) {
            return Granted.NOT_FOUND;
        }
        RightsRules rules = rights.currentRules();
        var found = roles.role(role);
        if (found.isEmpty()) {
            return Granted.NOT_FOUND;
        }
        boolean central = RolesAdmin.central(user);
        if (!central && !within(rules, ceilingOf(rules, group), found.get())) {
            return Granted.BEYOND_LIMITS;
        }
        repository.grant(structure, group, role, central, user.personId(), clock.instant());
        audit.record(user, structure, AccessAudit.Change.ROLE_GRANTED, "group=" + group + " role=" + role);
        rights.changed();
        return Granted.DONE;
    }

    @Transactional
    boolean revoke(PreauUser user, StructureId structure, UUID grant) {
        if (admin.structure(user, structure).isEmpty() || !repository.revoke(structure, grant)) {
            return false;
        }
        audit.record(user, structure, AccessAudit.Change.GRANT_REVOKED, "grant=" + grant);
        rights.changed();
        return true;
    }

    private static Cell cell(RightsRules rules, StructureId structure, RightsProfile profile, RoleRow role,
            boolean central) {
        boolean byDefault = rules.isDefault(profile, role.id());
        String group = RightsRules.profileGroup(structure, profile);
        boolean checked = byDefault && !rules.excluded(structure, profile, role.id())
                || rules.grants(structure).stream().anyMatch(g -> g.group().equals(group) && g.role().equals(role.id()));
        boolean editable = central || checked || within(rules, rules.ceiling(profile), role);
        return new Cell(role.id() + ":" + profile, profile, checked, editable, byDefault);
    }

    private static boolean within(RightsRules rules, Set<String> ceiling, RoleRow role) {
        Set<String> actions = rules.actionsOf(role.id());
        return !actions.isEmpty() && ceiling.containsAll(actions);
    }

    /** What the territory allows a group: its profile's ceiling, or any member profile's for a manual group. */
    private static Set<String> ceilingOf(RightsRules rules, String group) {
        return AutoGroups.parse(group).map(key -> rules.ceiling(RightsProfile.of(key.profile())))
                .orElseGet(() -> manualGroupCeiling(rules));
    }

    private static Set<String> manualGroupCeiling(RightsRules rules) {
        Set<String> ceiling = new HashSet<>();
        RightsProfile.MEMBERS.forEach(p -> ceiling.addAll(rules.ceiling(p)));
        return ceiling;
    }

    /** The classes (by profile) and manual groups of the structure, by id. */
    private Map<String, GroupChoice> choices(PreauUser user, StructureId structure) {
        Map<String, GroupChoice> choices = new LinkedHashMap<>();
        for (var c : admin.classes(user, structure)) {
            for (Profile p : CLASS_PROFILES) {
                var key = new AutoGroups.GroupKey(c.id(), null, p);
                choices.put(key.id(), new GroupChoice(key.id(), key.nameKey(), c.name()));
            }
        }
        for (var g : groups.groups(user, structure)) {
            String id = new GroupRef.Manual(g.id()).id();
            choices.put(id, new GroupChoice(id, null, g.name()));
        }
        return choices;
    }
}
