package org.preau.feeding.csv;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.feeding.csv.ColumnMapping.Field;

/**
 * Recognises columns from their headers, ignoring case, accents, outer spaces and the profile a header
 * names ({@code Nom Elève}, {@code Prénom responsable}): ONDE headers of pupils, teachers and relatives,
 * and generic French or English ones ({@code Nom}, {@code Date de naissance}, {@code Last name}...).
 * A header naming a child ({@code Prénom enfant}) maps to the first child's field, its next occurrence to
 * the second child's, and so on. The first column recognised for a field wins.
 */
final class HeaderRecognizer {

    private static final Map<String, Field> ALIASES = aliases();
    private static final List<String> PERSON_SUFFIXES = List.of(" de l'eleve", " eleve", " du responsable",
            " responsable", " enseignant", " de l'enseignant", " du representant legal");
    private static final List<String> CHILD_SUFFIXES = List.of(" de l'enfant", " enfants", " enfant", " child");

    private HeaderRecognizer() {
    }

    static ColumnMapping recognise(List<String> headers) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        Map<Field, Integer> childOccurrences = new EnumMap<>(Field.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = normalise(headers.get(i));
            String childBase = strip(header, CHILD_SUFFIXES);
            if (childBase != null) {
                Field base = ALIASES.get(strip(childBase));
                Field child = base == null ? null : childField(base);
                if (child != null) {
                    int group = childOccurrences.merge(child, 1, Integer::sum);
                    if (group <= Field.CHILDREN) {
                        columns.putIfAbsent(Field.child(group, child), i);
                    }
                }
                continue;
            }
            Field field = ALIASES.get(strip(header));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        return new ColumnMapping(columns);
    }

    static String normalise(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replace('’', '\'').replace('`', '\'').replace('_', ' ').replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    private static @Nullable Field childField(Field field) {
        return switch (field) {
            case LAST_NAME -> Field.CHILD_LAST_NAME;
            case FIRST_NAME -> Field.CHILD_FIRST_NAME;
            case BIRTH_DATE -> Field.CHILD_BIRTH_DATE;
            case CLASS -> Field.CHILD_CLASS;
            default -> null;
        };
    }

    private static String strip(String header) {
        String base = strip(header, PERSON_SUFFIXES);
        return base == null ? header : base;
    }

    private static @Nullable String strip(String header, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (header.endsWith(suffix) && header.length() > suffix.length()) {
                return header.substring(0, header.length() - suffix.length()).strip();
            }
        }
        return null;
    }

    private static Map<String, Field> aliases() {
        Map<String, Field> map = new HashMap<>();
        put(map, Field.EXTERNAL_ID, "identifiant", "id", "identifiant externe", "id externe", "external id",
                "externalid", "identifier", "ine", "numero");
        put(map, Field.LAST_NAME, "nom", "nom de famille", "nom patronymique", "nom de naissance", "last name",
                "lastname", "surname", "family name");
        put(map, Field.USAGE_NAME, "nom usage", "nom d'usage", "nom d usage", "nom usuel", "usage name");
        put(map, Field.FIRST_NAME, "prenom", "prenom usuel", "first name", "firstname", "given name");
        put(map, Field.BIRTH_DATE, "date naissance", "date de naissance", "ne le", "ne(e) le", "nee le",
                "naissance", "birth date", "birthdate", "date of birth", "dob");
        put(map, Field.EMAIL, "email", "e-mail", "mail", "courriel", "adresse mail", "adresse email",
                "adresse e-mail", "adresse electronique", "email address");
        put(map, Field.CLASS, "classe", "classes", "class", "division");
        put(map, Field.DIRECTOR, "directeur", "directrice", "directeur/directrice", "director", "head teacher");
        put(map, Field.RELATIONSHIP, "lien", "lien de parente", "lien avec l'eleve", "relationship", "relation");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Field> map, Field field, String... names) {
        for (String name : names) {
            map.put(name, field);
        }
    }
}
