package org.preau.access;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.preau.directory.DirectoryViews.PersonGroups;
import org.preau.platform.GroupRef;
import org.preau.platform.StructureId;

/**
 * The rules of the whole territory at one version, in memory: roles and their actions,
 * the defaults and ceilings per profile, each structure's withdrawn defaults and grants.
 * Immutable; {@link #evaluate} turns a person's groups into their rights.
 */
record RightsRules(long version, Map<UUID, Set<String>> roleActions, Map<RightsProfile, Set<UUID>> defaults,
        Map<RightsProfile, Set<String>> ceilings, Map<StructureId, Map<RightsProfile, Set<UUID>>> exclusions,
        Map<StructureId, List<Grant>> grants) {

    /** The rights page: always kept by the admins who manage rights, so that nobody locks themselves out. */
    static final String RIGHTS = "access.rights";
    /** The roles pages. */
    static final String ROLES = "access.roles";

    /** A role given to a group of a structure. */
    record Grant(UUID id, String group, UUID role, boolean byCentral) {
    }

    /** The id of the pseudo-group of a structure's people holding a profile (local admins included). */
    static String profileGroup(StructureId structure, RightsProfile profile) {
        return new GroupRef.OfStructure(structure, profile).id();
    }

    Set<String> actionsOf(UUID role) {
        return roleActions.getOrDefault(role, Set.of());
    }

    Set<String> ceiling(RightsProfile profile) {
        return ceilings.getOrDefault(profile, Set.of());
    }

    boolean isDefault(RightsProfile profile, UUID role) {
        return defaults.getOrDefault(profile, Set.of()).contains(role);
    }

    boolean excluded(StructureId structure, RightsProfile profile, UUID role) {
        return exclusions.getOrDefault(structure, Map.of()).getOrDefault(profile, Set.of()).contains(role);
    }

    List<Grant> grants(StructureId structure) {
        return grants.getOrDefault(structure, List.of());
    }

    /**
     * A person's rights: in each of their structures, the default roles of their profiles
     * there that the structure did not withdraw, and the roles given to their groups there
     * (cut down to what the territory allows their profiles, unless the central admin gave
     * them); for the central admin, the central admin's default roles, everywhere.
     */
    EffectiveRights evaluate(PersonGroups person) {
        Set<String> territory = new HashSet<>();
        if (person.centralAdmin()) {
            defaults.getOrDefault(RightsProfile.CENTRAL_ADMIN, Set.of()).forEach(r -> territory.addAll(actionsOf(r)));
            territory.add(ROLES);
            territory.add(RIGHTS);
        }
        Map<StructureId, Set<String>> byStructure = new HashMap<>();
        person.structures().forEach((structure, in) -> byStructure.put(structure, Set.copyOf(inStructure(structure, in))));
        return EffectiveRights.of(territory, byStructure);
    }

    private Set<String> inStructure(StructureId structure, PersonGroups.InStructure in) {
        Set<RightsProfile> profiles = EnumSet.noneOf(RightsProfile.class);
        in.profiles().forEach(p -> profiles.add(RightsProfile.of(p)));
        Set<String> groups = new HashSet<>(in.groups());
        if (in.localAdmin()) {
            profiles.add(RightsProfile.LOCAL_ADMIN);
            groups.add(profileGroup(structure, RightsProfile.LOCAL_ADMIN));
        }
        Set<String> actions = new HashSet<>();
        Set<String> ceiling = new HashSet<>();
        for (RightsProfile profile : profiles) {
            ceiling.addAll(ceiling(profile));
            for (UUID role : defaults.getOrDefault(profile, Set.of())) {
                if (!excluded(structure, profile, role)) {
                    actions.addAll(actionsOf(role));
                }
            }
        }
        for (Grant grant : grants(structure)) {
            if (groups.contains(grant.group())) {
                actionsOf(grant.role()).stream().filter(a -> grant.byCentral() || ceiling.contains(a))
                        .forEach(actions::add);
            }
        }
        if (in.localAdmin()) {
            actions.add(RIGHTS);
        }
        return actions;
    }

    /** What a person may do: everywhere ({@code territory}), and structure by structure. */
    record EffectiveRights(Set<String> territory, Map<StructureId, Set<String>> byStructure, Set<String> anywhere) {

        static EffectiveRights of(Set<String> territory, Map<StructureId, Set<String>> byStructure) {
            Set<String> all = new HashSet<>(territory);
            byStructure.values().forEach(all::addAll);
            return new EffectiveRights(Set.copyOf(territory), Map.copyOf(byStructure), Set.copyOf(all));
        }

        boolean allowed(String action) {
            return anywhere.contains(action);
        }

        boolean allowed(String action, StructureId structure) {
            return territory.contains(action) || byStructure.getOrDefault(structure, Set.of()).contains(action);
        }
    }
}
