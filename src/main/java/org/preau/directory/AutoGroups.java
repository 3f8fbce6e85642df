package org.preau.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;
import org.preau.platform.GroupRef;
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
            return ref().id();
        }

        /** The group as a reference. */
        public GroupRef ref() {
            return classId != null ? new GroupRef.OfClass(classId, profile)
                    : new GroupRef.OfStructure(Objects.requireNonNull(structureId), profile);
        }

        /** The message key of the group's name; its argument is the class or structure name. */
        public String nameKey() {
            return (classId != null ? "group.class." : "group.structure.") + profile;
        }
    }

    /** The group an id names, if it is well formed. */
    public static Optional<GroupKey> parse(String id) {
        return GroupRef.tryParse(id).flatMap(AutoGroups::key);
    }

    /** The automatic group a reference names, if it is one of a directory profile. */
    public static Optional<GroupKey> key(GroupRef ref) {
        try {
            return switch (ref) {
                case GroupRef.OfClass c -> Optional.of(new GroupKey(c.classId(), null, Profile.valueOf(c.profile())));
                case GroupRef.OfStructure s -> Optional.of(new GroupKey(null, s.structure(), Profile.valueOf(s.profile())));
                case GroupRef.Manual m -> Optional.empty();
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
