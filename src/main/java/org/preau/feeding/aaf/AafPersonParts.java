package org.preau.feeding.aaf;

import static org.preau.feeding.aaf.AafPersons.BAD_VALUE;
import static org.preau.feeding.aaf.AafPersons.part;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.preau.feeding.source.SourceClassRef;
import org.preau.feeding.source.SourceGroupRef;
import org.preau.feeding.source.SourceProfile;
import org.preau.feeding.source.SourceRelativeLink;
import org.preau.feeding.source.SourceTeaching;

/**
 * The multi-valued parts of a person record, read once: classes, teachings, relatives, functions and the
 * structures they all name. Values that do not split as the format says give a warning and are left out.
 */
final class AafPersonParts {

    private final AafRecord record;
    private final AafFileResult out;
    private final List<SourceClassRef> classes;
    private final List<SourceTeaching> teachings;
    private final List<SourceGroupRef> groups;
    private final List<SourceRelativeLink> relatives;
    private final Set<String> functions;

    AafPersonParts(AafRecord record, SourceProfile profile, AafFileResult out) {
        this.record = record;
        this.out = out;
        boolean staff = profile == SourceProfile.TEACHER || profile == SourceProfile.PERSONNEL;
        this.classes = switch (profile) {
            case STUDENT -> readClasses("ENTEleveClasses");
            case TEACHER, PERSONNEL -> readClasses("ENTAuxEnsClasses");
            case RELATIVE -> List.of();
        };
        this.teachings = staff ? readTeachings() : List.of();
        this.groups = switch (profile) {
            case STUDENT -> readGroups("ENTEleveGroupes", 2);
            case TEACHER, PERSONNEL -> concat(readGroups("ENTAuxEnsGroupes", 2), readGroups("ENTAuxEnsGroupesMatieres", 3));
            case RELATIVE -> List.of();
        };
        this.relatives = profile == SourceProfile.STUDENT ? readRelatives() : List.of();
        this.functions = staff ? readFunctions() : Set.of();
    }

    /** {@code ENTPersonStructRattach} and every structure a class, a teaching or a function names. */
    List<String> structures() {
        Set<String> ids = new LinkedHashSet<>(record.values("ENTPersonStructRattach"));
        classes.forEach(c -> ids.add(c.structureExternalId()));
        teachings.forEach(t -> ids.add(t.structureExternalId()));
        groups.forEach(g -> ids.add(g.structureExternalId()));
        functions.forEach(f -> ids.add(f.substring(0, f.indexOf('$'))));
        return List.copyOf(ids);
    }

    List<SourceClassRef> classes() {
        return classes;
    }

    List<SourceTeaching> teachings() {
        return teachings;
    }

    /** The teaching groups: structure$group (belongs to it) and structure$group$subject (teaches it). */
    List<SourceGroupRef> groups() {
        return groups;
    }

    List<SourceRelativeLink> relatives() {
        return relatives;
    }

    Set<String> functions() {
        return functions;
    }

    /** structure$class values. */
    private List<SourceClassRef> readClasses(String attribute) {
        Set<SourceClassRef> found = new LinkedHashSet<>();
        for (String value : record.values(attribute)) {
            String structure = part(value, 0);
            String name = part(value, 1);
            if (structure == null || name == null || structure.isEmpty() || name.isEmpty()) {
                out.warn(record.line(), BAD_VALUE, attribute, value);
            } else {
                found.add(new SourceClassRef(structure, name));
            }
        }
        return List.copyOf(found);
    }

    /** {@code ENTAuxEnsClassesMatieres}: structure$class$subject. */
    private List<SourceTeaching> readTeachings() {
        Set<SourceTeaching> found = new LinkedHashSet<>();
        for (String value : record.values("ENTAuxEnsClassesMatieres")) {
            String structure = part(value, 0);
            String group = part(value, 1);
            String subject = part(value, 2);
            if (structure == null || structure.isEmpty() || group == null || group.isEmpty()) {
                out.warn(record.line(), BAD_VALUE, "ENTAuxEnsClassesMatieres", value);
            } else {
                found.add(new SourceTeaching(structure, group, subject == null || subject.isEmpty() ? null : subject));
            }
        }
        return List.copyOf(found);
    }

    /**
     * structure$group values ({@code parts} 2: the person belongs to the group) or structure$group$subject
     * ({@code parts} 3: the teacher teaches the subject to the group); others give a warning.
     */
    private List<SourceGroupRef> readGroups(String attribute, int parts) {
        Set<SourceGroupRef> found = new LinkedHashSet<>();
        for (String value : record.values(attribute)) {
            String[] split = value.split("\\$", -1);
            String structure = part(value, 0);
            String group = part(value, 1);
            String subject = parts == 3 ? part(value, 2) : null;
            if (split.length != parts || structure == null || structure.isEmpty() || group == null || group.isEmpty()
                    || parts == 3 && (subject == null || subject.isEmpty())) {
                out.warn(record.line(), BAD_VALUE, attribute, value);
            } else {
                found.add(new SourceGroupRef(structure, group, subject));
            }
        }
        return List.copyOf(found);
    }

    private static List<SourceGroupRef> concat(List<SourceGroupRef> a, List<SourceGroupRef> b) {
        List<SourceGroupRef> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * {@code ENTElevePersRelEleve}: id$link$financial$legal$contact$payment, legal being 0 (no), 1 or 2
     * (first or second legal guardian); then, for older exports, the ids of {@code ENTEleveAutoriteParentale}.
     */
    private List<SourceRelativeLink> readRelatives() {
        List<SourceRelativeLink> links = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String value : record.values("ENTElevePersRelEleve")) {
            String[] parts = value.split("\\$", -1);
            if (parts.length < 5 || parts[0].isBlank()) {
                out.warn(record.line(), BAD_VALUE, "ENTElevePersRelEleve", value);
            } else if (ids.add(parts[0].strip())) {
                links.add(new SourceRelativeLink(parts[0].strip(), flag(parts[3]), "1".equals(parts[2].strip()),
                        "1".equals(parts[4].strip())));
            }
        }
        for (String id : record.values("ENTEleveAutoriteParentale")) {
            if (ids.add(id)) {
                links.add(new SourceRelativeLink(id, true, false, false));
            }
        }
        return List.copyOf(links);
    }

    /** {@code ENTPersonFonctions} values (structure$CODE$label$discipline$label) as structure$CODE. */
    private Set<String> readFunctions() {
        Set<String> found = new LinkedHashSet<>();
        for (String value : record.values("ENTPersonFonctions")) {
            String structure = part(value, 0);
            String code = part(value, 1);
            if (structure == null || code == null || structure.isEmpty() || code.isEmpty()) {
                out.warn(record.line(), BAD_VALUE, "ENTPersonFonctions", value);
            } else if (!code.equals("-")) {
                found.add(structure + '$' + code);
            }
        }
        return Set.copyOf(found);
    }

    private static boolean flag(String value) {
        String v = value.strip();
        return !v.isEmpty() && !v.equals("0");
    }
}
