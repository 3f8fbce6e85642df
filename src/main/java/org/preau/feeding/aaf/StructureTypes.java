package org.preau.feeding.aaf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Maps the type AAF gives a structure to {@code ECOLE}, {@code COLLEGE}, {@code LYCEE} or {@code OTHER}.
 * {@code ENTStructureTypeStruct} holds a short type ({@code ECOLE}, {@code CLG}, {@code LYC}, {@code LP},
 * {@code LPO}, {@code SANS OBJET}...) or, in some exports, the numeric nature code of the UAI register
 * (1xx: écoles, 300-339: lycées, 340-359: collèges). When the type says nothing, the usual prefix of the
 * name ({@code CLG-}, {@code LYC-}, {@code LP-}, {@code ECOLE}, {@code E.E.PU}...) decides.
 */
final class StructureTypes {

    static final String ECOLE = "ECOLE";
    static final String COLLEGE = "COLLEGE";
    static final String LYCEE = "LYCEE";
    static final String OTHER = "OTHER";

    private static final Set<String> SCHOOLS = Set.of("ECOLE", "EC", "EE", "EM", "EP", "EPU", "EEPU", "EMPU",
            "EPPU", "EEPR", "EMPR", "EPPR", "ECOLE PRIMAIRE", "ECOLE ELEMENTAIRE", "ECOLE MATERNELLE", "1D");
    private static final Set<String> COLLEGES = Set.of("CLG", "COLLEGE", "COL", "CLG CLIMATIQUE", "SES", "SEGPA");
    private static final Set<String> LYCEES = Set.of("LYC", "LYCEE", "LP", "LPO", "LG", "LGT", "LEGT", "LT",
            "LPA", "LEGTA", "LPR", "SEP", "EREA", "LYCEE PROFESSIONNEL", "LYCEE POLYVALENT", "LYCEE AGRICOLE");

    private StructureTypes() {
    }

    static String of(@Nullable String type, String name) {
        String byType = type == null ? OTHER : byType(normalise(type));
        return byType.equals(OTHER) ? byName(normalise(name)) : byType;
    }

    private static String byType(String type) {
        if (type.matches("\\d{3}")) {
            int nature = Integer.parseInt(type);
            if (nature >= 100 && nature < 200) {
                return ECOLE;
            }
            if (nature >= 340 && nature < 360) {
                return COLLEGE;
            }
            return nature >= 300 && nature < 340 ? LYCEE : OTHER;
        }
        if (SCHOOLS.contains(type) || type.startsWith("ECOLE ")) {
            return ECOLE;
        }
        if (COLLEGES.contains(type) || type.startsWith("COLLEGE ")) {
            return COLLEGE;
        }
        return LYCEES.contains(type) || type.startsWith("LYCEE ") ? LYCEE : OTHER;
    }

    private static String byName(String name) {
        String first = name.split("[\\s\\-$]", 2)[0].replace(".", "");
        if (first.equals("ECOLE") || first.equals("EEPU") || first.equals("EMPU") || first.equals("EPPU")
                || first.equals("EE") || first.equals("EM") || first.equals("EP")) {
            return ECOLE;
        }
        if (first.equals("CLG") || first.equals("COLLEGE")) {
            return COLLEGE;
        }
        return LYCEES.contains(first) ? LYCEE : OTHER;
    }

    private static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
