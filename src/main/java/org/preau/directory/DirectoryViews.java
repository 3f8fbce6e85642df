package org.preau.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;

/** Read models of the directory, as other modules see them. */
public final class DirectoryViews {

    private DirectoryViews() {
    }

    /** A structure, in short. */
    public record StructureRef(StructureId id, String uai, String name, StructureType type) {
    }

    /** A profile held in a structure. */
    public record Membership(Profile profile, StructureRef structure) {
    }

    /** A class the person belongs to (a pupil) or teaches (with the subjects taught). */
    public record ClassRef(ClassId id, String name, StructureRef structure, List<String> subjects) {
    }

    /** A child of a parent, with the classes the child is in. */
    public record ChildRef(PersonId id, String displayName, List<ClassRef> classes) {
    }

    /** An administration function; the structure is null for the central admin. */
    public record FunctionRef(AdminFunction function, @Nullable StructureRef structure) {
    }

    /** Everything the home page and {@code /api/v1/me} need to know about a person. */
    public record PersonCard(PersonId id, String firstName, String lastName, String displayName,
            List<Membership> memberships, List<ClassRef> classes, List<ChildRef> children,
            List<FunctionRef> functions) {

        public List<Profile> profiles() {
            return memberships.stream().map(Membership::profile).distinct().toList();
        }

        public List<StructureRef> structures() {
            return memberships.stream().map(Membership::structure).distinct().toList();
        }
    }

    /**
     * The groups a person belongs to, structure by structure, and their admin functions: what
     * rights are given to. {@code groups} holds the ids of automatic groups ({@code
     * structure:<id>:TEACHER}, {@code class:<id>:STUDENT}, see {@link AutoGroups}) and of manual
     * ones ({@code group:<id>}).
     */
    public record PersonGroups(Map<StructureId, InStructure> structures, boolean centralAdmin) {

        public PersonGroups {
            structures = Map.copyOf(structures);
        }

        /** What the person is in one structure. */
        public record InStructure(Set<Profile> profiles, Set<String> groups, boolean localAdmin) {

            public InStructure {
                profiles = Set.copyOf(profiles);
                groups = Set.copyOf(groups);
            }
        }
    }
}
