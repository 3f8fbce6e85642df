package org.preau.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.preau.directory.AdminViews.GroupDetail;
import org.preau.directory.AdminViews.GroupLine;
import org.preau.platform.ClassId;
import org.preau.platform.GroupRef;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual groups ("Chorale", "Conseil de vie collégienne"): admins of a structure create them
 * and choose their members among the people of that structure.
 */
@Service
public class DirectoryGroups {

    /** Longest group name. */
    public static final int MAX_NAME = 100;

    /** Profiles that have a group in each class, and in each structure. */
    static final List<Profile> CLASS_PROFILES = List.of(Profile.STUDENT, Profile.TEACHER, Profile.RELATIVE);
    static final List<Profile> STRUCTURE_PROFILES = List.of(Profile.TEACHER, Profile.PERSONNEL, Profile.STUDENT,
            Profile.RELATIVE, Profile.GUEST);

    /** A group, automatic or manual, with its name in the reader's language and its structure. */
    public record GroupName(String id, StructureId structure, String name) {
    }

    /** An active member of a group, and whether the scope asked about holds them. */
    public record Member(PersonId person, boolean inScope) {
    }

    private final GroupRepository repository;
    private final GroupMemberRepository members;
    private final DirectoryAdmin admin;
    private final MessageSource messages;
    private final ObjectProvider<GroupDelegation> delegations;

    DirectoryGroups(GroupRepository repository, GroupMemberRepository members, DirectoryAdmin admin,
            MessageSource messages, ObjectProvider<GroupDelegation> delegations) {
        this.repository = repository;
        this.members = members;
        this.admin = admin;
        this.messages = messages;
        this.delegations = delegations;
    }

    /** The uuid of a manual group's id ({@code group:<uuid>}), if it is one. */
    public static Optional<UUID> manualId(String id) {
        return GroupRef.tryParse(id).flatMap(g -> g instanceof GroupRef.Manual m ? Optional.of(m.group()) : Optional.empty());
    }

    /**
     * Every group of a structure: its own automatic groups, those of each class, its manual
     * groups; for the pages where admins write rules between groups.
     */
    @Transactional(readOnly = true)
    public List<GroupName> allGroups(StructureId structure, Locale locale) {
        List<GroupName> all = new ArrayList<>();
        String structureName = repository.structureName(structure).orElse("");
        for (Profile p : STRUCTURE_PROFILES) {
            all.add(auto(new AutoGroups.GroupKey(null, structure, p), structure, structureName, locale));
        }
        for (var c : repository.classesOf(structure)) {
            for (Profile p : CLASS_PROFILES) {
                all.add(auto(new AutoGroups.GroupKey(new ClassId(c.id()), null, p), structure,
                        c.name() + " – " + structureName, locale));
            }
        }
        repository.manualGroupsOf(structure)
                .forEach(g -> all.add(new GroupName(new GroupRef.Manual(g.id()).id(), structure, g.name())));
        return all;
    }

    /** The group an id names, with its name, if it exists. */
    @Transactional(readOnly = true)
    public Optional<GroupName> name(String id, Locale locale) {
        var manual = manualId(id);
        if (manual.isPresent()) {
            return repository.manualGroupNamed(manual.get())
                    .map(g -> new GroupName(id, g.structure(), g.name()));
        }
        return AutoGroups.parse(id).flatMap(key -> key.classId() != null
                ? repository.classNamed(key.classId().value()).map(c -> auto(key, c.structure(),
                        c.name() + " – " + c.structureName(), locale))
                : repository.structureName(key.structureId()).map(n -> auto(key, key.structureId(), n, locale)));
    }

    /** How many active people a group holds, and how many of them {@code scope} holds. */
    @Transactional(readOnly = true)
    public GroupSize size(String groupId, SearchScope scope) {
        long[] counts = repository.size(groupId, scope);
        return new GroupSize(counts[0], counts[1]);
    }

    /**
     * The people a message to each of these groups goes to (active members; for the parents of
     * a class, the legal guardians of its pupils), each marked with whether {@code scope} holds
     * them: one query whatever the number of groups. Unknown groups have no member.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<Member>> recipients(java.util.Collection<String> groupIds, SearchScope scope) {
        return groupIds.isEmpty() ? java.util.Map.of() : members.members(groupIds, scope);
    }

    /**
     * {@link #recipients} counted, without {@code except} (the writer): one aggregate query for
     * the recipient picker, which shows sizes as one types.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, GroupSize> recipientCounts(java.util.Collection<String> groupIds, SearchScope scope,
            PersonId except) {
        return groupIds.isEmpty() ? java.util.Map.of() : members.sizes(groupIds, scope, except);
    }

    /** The active members of a group, and those of them in a scope. */
    public record GroupSize(long members, long inScope) {
    }

    private GroupName auto(AutoGroups.GroupKey key, StructureId structure, String of, Locale locale) {
        return new GroupName(key.id(), structure, messages.getMessage(key.nameKey(), new Object[] { of }, locale));
    }

    public List<GroupLine> groups(PreauUser user, StructureId structure) {
        return admin.administers(user, structure) ? repository.groups(structure) : List.of();
    }

    /** Creates a group; empty when the name is blank or too long or the admin may not. */
    @Transactional
    public Optional<UUID> create(PreauUser user, StructureId structure, String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME || !admin.administers(user, structure)) {
            return Optional.empty();
        }
        return Optional.of(repository.create(structure, clean));
    }

    /** A group for an admin of its structure, or for someone it was delegated to. */
    public Optional<GroupDetail> group(PreauUser user, UUID id) {
        return repository.structureOf(id)
                .filter(s -> admin.administers(user, s) || delegated(user, id, false))
                .flatMap(repository::structureRef)
                .map(ref -> new GroupDetail(id, repository.name(id).orElse(""), ref, repository.members(id)));
    }

    /** Whether {@code user} administers the group's structure (and so may also delete the group). */
    public boolean administers(PreauUser user, UUID id) {
        return managed(user, id).isPresent();
    }

    @Transactional
    public boolean add(PreauUser user, UUID id, PersonId person) {
        return changeable(user, id) && repository.add(id, person);
    }

    @Transactional
    public boolean remove(PreauUser user, UUID id, PersonId person) {
        if (!changeable(user, id)) {
            return false;
        }
        repository.remove(id, person);
        return true;
    }

    @Transactional
    public boolean delete(PreauUser user, UUID id) {
        if (managed(user, id).isEmpty()) {
            return false;
        }
        repository.delete(id);
        return true;
    }

    /** A group of an admin's structure; one read from a register is changed by the register only. */
    private Optional<StructureId> managed(PreauUser user, UUID id) {
        return repository.structureOf(id).filter(s -> admin.administers(user, s) && !repository.imported(id));
    }

    /** Whether {@code user} may add and remove members: an admin of its structure or a co-manager. */
    public boolean changeable(PreauUser user, UUID id) {
        return managed(user, id).isPresent()
                || repository.structureOf(id).isPresent() && !repository.imported(id) && delegated(user, id, true);
    }

    private boolean delegated(PreauUser user, UUID id, boolean change) {
        return delegations.stream().anyMatch(d -> change ? d.mayChange(user, id) : d.mayView(user, id));
    }
}
