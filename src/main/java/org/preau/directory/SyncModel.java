package org.preau.directory;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an official register says about a territory, in the directory's terms, and what
 * synchronising it changes. Built by the feeding module from AAF or CSV files.
 */
public final class SyncModel {

    /** Prefix of a structure key that names an existing structure by its UAI ({@code uai:0930002B}). */
    public static final String BY_UAI = "uai:";

    private SyncModel() {
    }

    /** A structure as the register knows it. */
    public record SyncStructure(String externalId, @Nullable String uai, String name, StructureType type) {
    }

    /** A class, named inside a structure of the register. */
    public record ClassKey(String structureExternalId, String className) {
    }

    /** A teacher's class and subject (either may be unknown). */
    public record TeachingKey(String structureExternalId, @Nullable String className, @Nullable String subjectCode) {
    }

    /**
     * A teaching group of a structure, by the register's name for it: the person belongs to it
     * ({@code subjectCode} null) or teaches it that subject.
     */
    public record GroupKey(String structureExternalId, String groupName, @Nullable String subjectCode) {
    }

    /** A pupil's parent, as listed on the pupil's record. */
    public record RelativeKey(String relativeExternalId, boolean legalGuardian) {
    }

    /** A subject of a structure (or of the whole register when the structure is null). */
    public record SyncSubject(String code, String label, @Nullable String structureExternalId) {
    }

    /** A MEF level. */
    public record SyncMef(String code, String label) {
    }

    /**
     * A person as the register knows them; {@code delete} marks a delta's removal. {@code groups}:
     * the register's teaching groups they belong to or teach.
     */
    public record SyncPerson(String externalId, Profile profile, boolean delete, String firstName, String lastName,
            @Nullable LocalDate birthDate, @Nullable String email, @Nullable String mefCode,
            List<String> structureExternalIds, List<ClassKey> classes, List<TeachingKey> teachings,
            List<RelativeKey> relatives, Set<AdminFunction> functions, List<GroupKey> groups) {

        /** A person in no teaching group of the register. */
        public SyncPerson(String externalId, Profile profile, boolean delete, String firstName, String lastName,
                @Nullable LocalDate birthDate, @Nullable String email, @Nullable String mefCode,
                List<String> structureExternalIds, List<ClassKey> classes, List<TeachingKey> teachings,
                List<RelativeKey> relatives, Set<AdminFunction> functions) {
            this(externalId, profile, delete, firstName, lastName, birthDate, email, mefCode, structureExternalIds,
                    classes, teachings, relatives, functions, List.of());
        }
    }

    /**
     * One synchronisation. A {@code full} batch is the whole register for the structures it
     * names and the {@code profiles} it covers (empty: every profile): people of
     * {@code source} with those profiles in those structures who are absent are removed.
     */
    public record SyncBatch(String source, boolean full, Set<Profile> profiles, List<SyncStructure> structures,
            List<SyncSubject> subjects, List<SyncMef> mefs, List<SyncPerson> persons, List<ChildLink> childLinks) {
    }

    /**
     * A parent's link to a child known by name only (CSV files of parents): the child is the
     * pupil with {@code childExternalId}, or else the one pupil of that name in the structure.
     */
    public record ChildLink(String relativeExternalId, @Nullable String childExternalId, String childLastName,
            String childFirstName, @Nullable String childClassName, boolean legalGuardian,
            String structureExternalId) {
    }

    /**
     * What happens to people, by profile. {@code HELD}: a parent new to the directory whom no pupil of the
     * batch names: no account, not in the directory, until a pupil link arrives.
     */
    public enum Change {
        CREATED, UPDATED, UNCHANGED, REMOVED, HELD
    }

    /** Counts of changes per profile. */
    public record Counts(Map<Profile, Map<Change, Integer>> byProfile) {

        public static Counts empty() {
            Map<Profile, Map<Change, Integer>> map = new EnumMap<>(Profile.class);
            for (Profile p : Profile.values()) {
                Map<Change, Integer> changes = new EnumMap<>(Change.class);
                for (Change c : Change.values()) {
                    changes.put(c, 0);
                }
                map.put(p, changes);
            }
            return new Counts(map);
        }

        public void add(Profile profile, Change change) {
            byProfile.get(profile).merge(change, 1, Integer::sum);
        }

        public int total(Change change) {
            return byProfile.values().stream().mapToInt(m -> m.get(change)).sum();
        }
    }

    /** A person the register references but the directory cannot place. */
    public record SyncWarning(String externalId, String messageKey, List<String> args) {
    }

    /** A structure whose changes could not be applied (they were rolled back). */
    public record StructureFailure(String structureExternalId, String reason) {
    }

    /** A new person, for whom an account must be opened. */
    public record CreatedPerson(org.preau.platform.PersonId id, String firstName, String lastName) {
    }

    /** A person of the register in the directory, active: the people an import brings in, for their accounts. */
    public record RegisterPerson(org.preau.platform.PersonId id, String externalId, String firstName, String lastName) {
    }

    /**
     * Told after each step of an apply is committed, in order: {@code structures}, {@code references}, then
     * {@code people:<structure>} for each structure's people (also when they were rolled back), {@code childLinks}
     * (CSV parents) and {@code removals}. What it throws stops the apply: the steps done stay, and applying the
     * same batch again does the rest.
     */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = step -> { };

        void committed(String step);
    }

    /** The outcome of a plan (dry run) or an apply. */
    public record SyncReport(Counts counts, List<SyncWarning> warnings, List<StructureFailure> failures,
            List<CreatedPerson> created) {
    }
}
