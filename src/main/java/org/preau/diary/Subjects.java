package org.preau.diary;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Subjects as the diary shows them: the primary school's subjects (a class teacher writes in
 * all of them) and a pictogram for each subject, found by a word of its name.
 */
final class Subjects {

    /** The subjects of the primary school, in the order of the quick entry. */
    static final List<String> PRIMARY = List.of("Français", "Mathématiques", "Questionner le monde",
            "Langues vivantes", "Arts", "Éducation physique et sportive", "Enseignement moral et civique");

    private static final Map<String, String> ICONS = Map.ofEntries(
            Map.entry("francais", "francais"), Map.entry("lecture", "francais"),
            Map.entry("mathematiques", "maths"), Map.entry("maths", "maths"),
            Map.entry("monde", "monde"), Map.entry("histoire", "monde"), Map.entry("sciences", "monde"),
            Map.entry("svt", "monde"), Map.entry("langues", "langues"), Map.entry("anglais", "langues"),
            Map.entry("allemand", "langues"), Map.entry("espagnol", "langues"), Map.entry("arts", "arts"),
            Map.entry("musique", "arts"), Map.entry("physique", "sport"), Map.entry("sportive", "sport"),
            Map.entry("moral", "emc"));

    private Subjects() {
    }

    /** The pictogram of a subject ({@code static/img/subjects/<icon>.svg}), {@code autre} when none fits. */
    static String icon(String subject) {
        for (String word : fold(subject).split("[^a-z]+")) {
            String icon = ICONS.get(word);
            if (icon != null) {
                return icon;
            }
        }
        return "autre";
    }

    /** Lower case, without accents: the form subjects are compared in. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
