package org.preau.platform;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A group of people, as the directory names it: the people of a profile in a structure
 * ({@code structure:<uuid>:TEACHER}), in a class ({@code class:<uuid>:STUDENT}), or a manual group
 * ({@code group:<uuid>}). Its {@link #id()} is the text stored in the database and sent by the
 * pages: the format never changes, and {@link #parse} reads back exactly what {@code id()} wrote.
 */
public sealed interface GroupRef extends Serializable permits GroupRef.OfStructure, GroupRef.OfClass, GroupRef.Manual {

    /** How the id of a manual group begins. */
    String MANUAL_PREFIX = "group:";
    /** How the id of a structure's profile group begins. */
    String STRUCTURE_PREFIX = "structure:";
    /** How the id of a class's profile group begins. */
    String CLASS_PREFIX = "class:";

    /** A profile as written in a group id: an upper-case word ({@code STUDENT}, {@code LOCAL_ADMIN}). */
    Pattern PROFILE = Pattern.compile("[A-Z]+(_[A-Z]+)*");

    /** The id as stored and as sent by the pages. */
    String id();

    /** The people of {@code profile} in a whole structure. */
    record OfStructure(StructureId structure, String profile) implements GroupRef {

        public OfStructure {
            requireProfile(profile);
        }

        public OfStructure(StructureId structure, Enum<?> profile) {
            this(structure, profile.name());
        }

        @Override
        public String id() {
            return STRUCTURE_PREFIX + structure + ":" + profile;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /** The people of {@code profile} in a class. */
    record OfClass(ClassId classId, String profile) implements GroupRef {

        public OfClass {
            requireProfile(profile);
        }

        public OfClass(ClassId classId, Enum<?> profile) {
            this(classId, profile.name());
        }

        @Override
        public String id() {
            return CLASS_PREFIX + classId + ":" + profile;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /** A group admins made and fill by hand. */
    record Manual(UUID group) implements GroupRef {

        @Override
        public String id() {
            return MANUAL_PREFIX + group;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /**
     * The group {@code text} names.
     *
     * @throws IllegalArgumentException when it is not exactly the id of a group
     */
    static GroupRef parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("Not a group id: " + text));
    }

    /** The group {@code text} names, or empty when it is not exactly the id of one. */
    static Optional<GroupRef> tryParse(String text) {
        if (text.startsWith(MANUAL_PREFIX)) {
            return uuid(text.substring(MANUAL_PREFIX.length())).map(Manual::new);
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 3 || !PROFILE.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        return switch (parts[0] + ":") {
            case STRUCTURE_PREFIX -> uuid(parts[1]).map(u -> new OfStructure(new StructureId(u), parts[2]));
            case CLASS_PREFIX -> uuid(parts[1]).map(u -> new OfClass(new ClassId(u), parts[2]));
            default -> Optional.empty();
        };
    }

    /** A uuid in its canonical form only, so that every id reads back as it was written. */
    private static Optional<UUID> uuid(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(text);
            return uuid.toString().equals(text) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void requireProfile(String profile) {
        if (!PROFILE.matcher(profile).matches()) {
            throw new IllegalArgumentException("Not a profile: " + profile);
        }
    }
}
