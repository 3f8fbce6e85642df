package org.preau.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;
import org.preau.platform.GroupRef;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;

/**
 * Where a person stands in the directory, as the access model reads it: the automatic and
 * manual groups they belong to, their family, their admin functions. Groups are named by
 * their ids ({@code class:<id>:STUDENT}, {@code structure:<id>:TEACHER}, {@code group:<id>}).
 */
public record Affiliations(PersonId person, boolean active, boolean centralAdmin, List<StructureId> administered,
        List<GroupMembership> groups, List<Kin> family) {

    /**
     * A group the person belongs to, in a structure (and a class for class groups), and the
     * profile they hold there; a manual group gives one membership per profile held in its
     * structure.
     */
    public record GroupMembership(String groupId, StructureId structure, @Nullable ClassId classId, Profile profile) {

        public boolean manual() {
            return groupId.startsWith(GroupRef.MANUAL_PREFIX);
        }

        public boolean ofClass() {
            return classId != null;
        }
    }

    /** How another member of the family relates to the person. */
    public enum Kinship {
        /** The other is the person's child. */
        CHILD,
        /** The other is the person's parent. */
        PARENT,
        /** The other is another parent of one of the person's children. */
        CO_PARENT
    }

    /** A member of the family, and the structure where the child concerned is a pupil. */
    public record Kin(PersonId person, Kinship kinship, StructureId structure) {
    }

    /** The ids of every group the person belongs to. */
    public Set<String> groupIds() {
        Set<String> ids = new LinkedHashSet<>();
        groups.forEach(g -> ids.add(g.groupId()));
        return ids;
    }

    /** Whether the person holds {@code profile} in {@code structure}. */
    public boolean holds(Profile profile, StructureId structure) {
        return groups.stream().anyMatch(g -> g.profile() == profile && g.structure().equals(structure));
    }
}
