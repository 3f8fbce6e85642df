package org.preau.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Affiliations;
import org.preau.directory.Affiliations.GroupMembership;
import org.preau.directory.Affiliations.Kin;
import org.preau.directory.AutoGroups;
import org.preau.directory.Profile;
import org.preau.directory.SearchScope;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.stereotype.Component;

/**
 * Turns a person's affiliations into whom they may reach: the groups that the templates in
 * force and the explicit rules open to them, their family, minus what a kill switch
 * suspends. Reads the rules of the person's structures and classes, the explicit rules from
 * their groups and the suspensions in one query, and caches nothing: an edit applies at once.
 */
@Component
class ReachEngine {

    private final CommunicationRepository repository;

    ReachEngine(CommunicationRepository repository) {
        this.repository = repository;
    }

    /** Whom a person reaches: groups (some without their pupils) and people. */
    record Reachable(boolean everyone, Map<String, Boolean> groups, Set<PersonId> persons) {

        /** Whether a person of these affiliations is reached. */
        boolean reaches(Affiliations other) {
            if (everyone || persons.contains(other.person())) {
                return true;
            }
            for (GroupMembership m : other.groups()) {
                Boolean withoutPupils = groups.get(m.groupId());
                if (withoutPupils != null && !(withoutPupils && other.holds(Profile.STUDENT, m.structure()))) {
                    return true;
                }
            }
            return false;
        }

        SearchScope scope() {
            if (everyone) {
                return SearchScope.everybody();
            }
            Set<String> whole = new HashSet<>();
            Set<String> withoutPupils = new HashSet<>();
            groups.forEach((id, without) -> (without ? withoutPupils : whole).add(id));
            return new SearchScope(false, whole, withoutPupils, persons);
        }
    }

    /** What a membership of the person is, as a source of reach: where and as whom. */
    private record Source(StructureId structure, Profile profile) {
    }

    Reachable reachable(Affiliations a) {
        if (!a.active()) {
            return new Reachable(false, Map.of(), Set.of());
        }
        if (a.centralAdmin()) {
            return new Reachable(true, Map.of(), Set.of());
        }
        Set<StructureId> structures = new HashSet<>(a.administered());
        List<ClassId> classes = new ArrayList<>();
        a.groups().forEach(g -> {
            structures.add(g.structure());
            if (g.classId() != null) {
                classes.add(g.classId());
            }
        });
        a.family().forEach(k -> structures.add(k.structure()));
        var inForce = repository.reachRules(structures, classes, a.groupIds());
        RuleSet rules = inForce.rules();
        var builder = new Builder(inForce.suspensions());
        for (GroupMembership m : a.groups()) {
            var source = new Source(m.structure(), m.profile());
            if (m.classId() != null) {
                for (Profile to : CommunicationTemplate.CLASS_PROFILES) {
                    if (rules.allows(new CommunicationTemplate(CommunicationScope.CLASS, m.profile(), to), m.structure(),
                            m.classId())) {
                        builder.group(source, new AutoGroups.GroupKey(m.classId(), null, to).id(), m.structure(), to);
                    }
                }
            } else if (!m.manual()) {
                structureTemplates(rules, builder, source);
            }
        }
        a.administered().forEach(s -> structureTemplates(rules, builder, new Source(s, Profile.PERSONNEL)));
        for (var link : inForce.links()) {
            for (GroupMembership m : a.groups()) {
                if (m.groupId().equals(link.fromGroup())) {
                    builder.group(new Source(m.structure(), m.profile()), link.toGroup(), link.toStructure(),
                            AutoGroups.parse(link.toGroup()).map(AutoGroups.GroupKey::profile).orElse(null));
                }
            }
        }
        for (Kin kin : a.family()) {
            var template = switch (kin.kinship()) {
                case CHILD -> CommunicationTemplate.FAMILY.get(0);
                case PARENT -> CommunicationTemplate.FAMILY.get(1);
                case CO_PARENT -> CommunicationTemplate.FAMILY.get(2);
            };
            if (rules.allows(template, kin.structure(), null)
                    && !builder.suspended(new Source(kin.structure(), template.from()), kin.structure())) {
                builder.persons.add(kin.person());
            }
        }
        return new Reachable(false, builder.groups, builder.persons);
    }

    private static void structureTemplates(RuleSet rules, Builder builder, Source source) {
        for (Profile to : CommunicationTemplate.STRUCTURE_PROFILES) {
            if (rules.allows(new CommunicationTemplate(CommunicationScope.STRUCTURE, source.profile(), to),
                    source.structure(), null)) {
                builder.group(source, new AutoGroups.GroupKey(null, source.structure(), to).id(), source.structure(), to);
            }
        }
    }

    /** Collects reached groups and people, applying the suspensions. */
    private static final class Builder {

        private final Map<StructureId, KillSwitch.Mode> suspensions;
        private final Map<String, Boolean> groups = new LinkedHashMap<>();
        private final Set<PersonId> persons = new HashSet<>();

        Builder(Map<StructureId, KillSwitch.Mode> suspensions) {
            this.suspensions = suspensions;
        }

        /**
         * Adds a group reached from {@code source}; {@code profile} is the group's profile, null
         * for a manual group, whose pupils only a pupil-to-pupil suspension removes.
         */
        void group(Source source, String group, StructureId structure, @Nullable Profile profile) {
            if (suspended(source, structure)) {
                return;
            }
            boolean pupilsSuspended = source.profile() == Profile.STUDENT
                    && (mode(source.structure()) == KillSwitch.Mode.PUPILS || mode(structure) == KillSwitch.Mode.PUPILS);
            if (pupilsSuspended && profile == Profile.STUDENT) {
                return;
            }
            boolean withoutPupils = pupilsSuspended && profile == null;
            groups.merge(group, withoutPupils, (a, b) -> a && b);
        }

        /** Whether everything from {@code source} to {@code target} is suspended; staff keep writing. */
        boolean suspended(Source source, StructureId target) {
            boolean staff = source.profile() == Profile.PERSONNEL;
            return mode(source.structure()) == KillSwitch.Mode.ALL && !staff
                    || mode(target) == KillSwitch.Mode.ALL && !(staff && source.structure().equals(target));
        }

        private KillSwitch.@Nullable Mode mode(StructureId structure) {
            return suspensions.get(structure);
        }
    }
}
