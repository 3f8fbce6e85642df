package org.preau.access;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.AdminFunction;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.DirectoryGroups;
import org.preau.directory.DirectoryGroups.GroupName;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.directory.Profile;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communication rules as admins read and edit them: the central admin sets the
 * territory's defaults (and may lock them) and the rules between schools; a local admin
 * overrides the unlocked defaults for their structure and its classes and adds rules
 * between groups of their structure. What an admin may not manage is empty or refused.
 */
@Service
@Transactional(readOnly = true)
public class CommunicationRules {

    /** A cell of the matrix: a template and what is in force. */
    public record Cell(CommunicationTemplate template, CommunicationDecision decision) {
    }

    /**
     * The templates in force for the territory (no structure), a structure, or a class (its
     * class templates only), grouped by scope.
     */
    public record Matrix(@Nullable StructureRef structure, @Nullable ClassRef classRef, List<Cell> family,
            List<Cell> inClass, List<Cell> inStructure) {

        public List<Profile> classProfiles() {
            return CommunicationTemplate.CLASS_PROFILES;
        }

        public List<Profile> structureProfiles() {
            return CommunicationTemplate.STRUCTURE_PROFILES;
        }

        /** The cell of a template, for pages that lay the matrix out as a grid. */
        public Cell cell(String scope, String from, String to) {
            var template = new CommunicationTemplate(CommunicationScope.valueOf(scope), Profile.valueOf(from),
                    Profile.valueOf(to));
            return java.util.stream.Stream.of(family, inClass, inStructure).flatMap(List::stream)
                    .filter(c -> c.template().equals(template)).findFirst().orElseThrow();
        }
    }

    /** An explicit rule between two groups, named. */
    public record Link(UUID id, GroupName from, GroupName to) {
    }

    /** What became of a new explicit rule. */
    public enum LinkOutcome {
        ADDED, UNKNOWN_GROUP, NOT_ALLOWED
    }

    private final CommunicationRepository repository;
    private final DirectoryAdmin admin;
    private final DirectoryGroups groups;
    private final Clock clock;

    private final AccessAudit audit;

    CommunicationRules(CommunicationRepository repository, DirectoryAdmin admin, DirectoryGroups groups, Clock clock,
            AccessAudit audit) {
        this.audit = audit;
        this.repository = repository;
        this.admin = admin;
        this.groups = groups;
        this.clock = clock;
    }

    public boolean isCentralAdmin(PreauUser user) {
        return user.hasRole(AdminFunction.CENTRAL_ADMIN.name());
    }

    public Optional<Matrix> territory(PreauUser user) {
        return isCentralAdmin(user) ? Optional.of(matrix(repository.rulesOf(null), null, null)) : Optional.empty();
    }

    public Optional<Matrix> structure(PreauUser user, StructureId structure) {
        return admin.structure(user, structure).map(ref -> matrix(repository.rulesOf(structure), ref, null));
    }

    /** The class templates in force in a class; empty when the admin does not manage it. */
    public Optional<Matrix> ofClass(PreauUser user, ClassId classId) {
        return admin.administeredClass(user, classId).map(c -> {
            RuleSet rules = repository.rulesOf(c.structure().id());
            return new Matrix(c.structure(), c, List.of(), cells(rules, CommunicationScope.CLASS, c.structure().id(), classId),
                    List.of());
        });
    }

    private Matrix matrix(RuleSet rules, @Nullable StructureRef structure, @Nullable ClassId classId) {
        StructureId id = structure == null ? null : structure.id();
        return new Matrix(structure, null, cells(rules, CommunicationScope.FAMILY, id, classId),
                cells(rules, CommunicationScope.CLASS, id, classId), cells(rules, CommunicationScope.STRUCTURE, id, classId));
    }

    private static List<Cell> cells(RuleSet rules, CommunicationScope scope, @Nullable StructureId structure,
            @Nullable ClassId classId) {
        return CommunicationTemplate.ALL.stream().filter(t -> t.scope() == scope)
                .map(t -> new Cell(t, rules.decide(t, structure, classId))).toList();
    }

    /** The central admin sets a default of the territory, locked or not. */
    @Transactional
    public boolean setDefault(PreauUser user, CommunicationTemplate template, boolean allowed, boolean locked) {
        if (!isCentralAdmin(user) || !template.known()) {
            return false;
        }
        repository.setRule(null, null, template, allowed, locked, user.personId(), clock.instant());
        audit.record(user, null, AccessAudit.Change.RULE_DEFAULT_SET,
                describe(template, null) + " allowed=" + allowed + " locked=" + locked);
        return true;
    }

    /**
     * An admin of the structure overrides a template for it, or for one of its classes (class
     * templates only); refused when the territory locked the template.
     */
    @Transactional
    public boolean set(PreauUser user, StructureId structure, @Nullable ClassId classId, CommunicationTemplate template,
            boolean allowed) {
        if (!overridable(user, structure, classId, template)) {
            return false;
        }
        repository.setRule(structure, classId, template, allowed, false, user.personId(), clock.instant());
        audit.record(user, structure, AccessAudit.Change.RULE_SET, describe(template, classId) + " allowed=" + allowed);
        return true;
    }

    /** Removes an override: the structure's value (for a class) or the territory's comes back. */
    @Transactional
    public boolean reset(PreauUser user, StructureId structure, @Nullable ClassId classId, CommunicationTemplate template) {
        if (!overridable(user, structure, classId, template)) {
            return false;
        }
        repository.removeRule(structure, classId, template);
        audit.record(user, structure, AccessAudit.Change.RULE_RESET, describe(template, classId));
        return true;
    }

    private static String describe(CommunicationTemplate template, @Nullable ClassId classId) {
        return "rule=" + template.scope() + ":" + template.from() + ">" + template.to()
                + (classId == null ? "" : " class=" + classId);
    }

    private boolean overridable(PreauUser user, StructureId structure, @Nullable ClassId classId,
            CommunicationTemplate template) {
        if (!template.known() || !admin.administers(user, structure)
                || repository.rulesOf(null).decide(template, null, null).locked()) {
            return false;
        }
        return classId == null || template.scope() == CommunicationScope.CLASS && admin.administeredClass(user, classId)
                .filter(c -> c.structure().id().equals(structure)).isPresent();
    }

    /** The explicit rules of a structure, or those between schools when {@code structure} is null (central admin). */
    public List<Link> links(PreauUser user, @Nullable StructureId structure, Locale locale) {
        if (structure == null ? !isCentralAdmin(user) : !admin.administers(user, structure)) {
            return List.of();
        }
        return repository.linksOf(structure, structure == null).stream()
                .map(l -> new Link(l.id(), name(l.fromGroup(), l.fromStructure(), locale),
                        name(l.toGroup(), l.toStructure(), locale)))
                .toList();
    }

    private GroupName name(String id, StructureId structure, Locale locale) {
        return groups.name(id, locale).orElse(new GroupName(id, structure, id));
    }

    /** Every group of a structure the admin manages, to write rules between. */
    public List<GroupName> groups(PreauUser user, StructureId structure, Locale locale) {
        return admin.administers(user, structure) ? groups.allGroups(structure, locale) : List.of();
    }

    /**
     * Lets the members of {@code from} reach every member of {@code to} (and back when
     * {@code bothWays}). Between two structures only the central admin may.
     */
    @Transactional
    public LinkOutcome addLink(PreauUser user, String from, String to, boolean bothWays) {
        var fromGroup = groups.name(from, Locale.ROOT);
        var toGroup = groups.name(to, Locale.ROOT);
        if (fromGroup.isEmpty() || toGroup.isEmpty()) {
            return LinkOutcome.UNKNOWN_GROUP;
        }
        StructureId fromStructure = fromGroup.get().structure();
        StructureId toStructure = toGroup.get().structure();
        boolean allowed = isCentralAdmin(user)
                || fromStructure.equals(toStructure) && admin.administers(user, fromStructure);
        if (!allowed) {
            return LinkOutcome.NOT_ALLOWED;
        }
        repository.insertLink(from, fromStructure, to, toStructure, user.personId(), clock.instant());
        if (bothWays) {
            repository.insertLink(to, toStructure, from, fromStructure, user.personId(), clock.instant());
        }
        audit.record(user, fromStructure, AccessAudit.Change.LINK_ADDED,
                "from=" + from + " to=" + to + (bothWays ? " both-ways" : ""));
        return LinkOutcome.ADDED;
    }

    /** Removes an explicit rule the admin manages (both its groups in their structures). */
    @Transactional
    public boolean removeLink(PreauUser user, UUID id) {
        var link = repository.link(id).filter(l -> isCentralAdmin(user)
                || admin.administers(user, l.fromStructure()) && admin.administers(user, l.toStructure()));
        link.ifPresent(l -> {
            repository.deleteLink(l.id());
            audit.record(user, l.fromStructure(), AccessAudit.Change.LINK_REMOVED,
                    "link=" + l.id() + " from=" + l.fromGroup() + " to=" + l.toGroup());
        });
        return link.isPresent();
    }
}
