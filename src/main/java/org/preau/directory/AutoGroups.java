package org.preau.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;
import org.preau.platform.StructureId;

/**
 * Automatic groups follow from the directory and are stored nowhere: "pupils of 6A",
 * "parents of 6A", "teachers of 6A" for a class, "teachers", "staff", "pupils", "parents"
 * of a structure. Their ids say what they are: {@code class:<id>:STUDENT},
 * {@code structure:<id>:TEACHER}.
 */
public final class AutoGroups {

    private AutoGroups() {
    }

    /** What an automatic group is: the people of {@code profile} in a class or in a whole structure. */
    public record GroupKey(@Nullable ClassId classId, @Nullable StructureId structureId, Profile profile) {

        public String id() {
            return classId != null ? "class:" + classId + ":" + profile : "structure:" + structureId + ":" + profile;
        }

        /** The message key of the group's name; its argument is the class or structure name. */
        public String nameKey() {
            return (classId != null ? "group.class." : "group.structure.") + profile;
        }
    }

    /** The group an id names, if it is well formed. */
    public static Optional<GroupKey> parse(String id) {
        String[] parts = id.split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(parts[1]);
            Profile profile = Profile.valueOf(parts[2]);
            return switch (parts[0]) {
                case "class" -> Optional.of(new GroupKey(new ClassId(uuid), null, profile));
                case "structure" -> Optional.of(new GroupKey(null, new StructureId(uuid), profile));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Lower case, without accents: how group names are matched against a query. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Whether every word of the query appears in the name. */
    static boolean matches(String name, String query) {
        String folded = fold(name);
        List<String> words = new ArrayList<>(List.of(fold(query).split("\\s+")));
        words.removeIf(String::isBlank);
        return !words.isEmpty() && words.stream().allMatch(folded::contains);
    }
}
