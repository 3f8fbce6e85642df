package org.preau.feeding.aaf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.preau.feeding.source.Operation;
import org.preau.feeding.source.Origin;
import org.preau.feeding.source.SourceClassRef;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.SourceProfile;
import org.preau.feeding.source.SourceRelativeLink;
import org.preau.feeding.source.Warning;

/**
 * Checks the references between the files of one batch and reports dangling ones as aggregated warnings,
 * never as failures: structures named by persons but absent from the batch (one warning per structure id,
 * with the number of persons naming it), pupils' links to relatives absent from the batch and relatives
 * linked to no pupil of the batch (one warning per file, with a count). A reference is checked only when
 * the batch holds records of the kind it points to (a delta of pupils alone does not hold every relative).
 */
final class AafCrossCheck {

    static final String UNKNOWN_STRUCTURE = "import.warning.unknownStructure";
    static final String UNKNOWN_RELATIVES = "import.warning.unknownRelatives";
    static final String ORPHAN_RELATIVES = "import.warning.orphanRelatives";
    private static final int SAMPLE = 5;

    private AafCrossCheck() {
    }

    static List<Warning> check(List<AafFileResult> files) {
        List<SourcePerson> persons = files.stream().flatMap(f -> f.persons().stream())
                .filter(p -> p.operation() == Operation.UPSERT).toList();
        List<Warning> warnings = new ArrayList<>();
        if (files.stream().anyMatch(f -> !f.structures().isEmpty())) {
            warnings.addAll(unknownStructures(files, persons));
        }
        if (persons.stream().anyMatch(p -> p.profile() == SourceProfile.RELATIVE)) {
            warnings.addAll(unknownRelatives(persons));
        }
        if (persons.stream().anyMatch(p -> p.profile() == SourceProfile.STUDENT)) {
            warnings.addAll(orphanRelatives(persons));
        }
        return warnings;
    }

    private static List<Warning> unknownStructures(List<AafFileResult> files, List<SourcePerson> persons) {
        Set<String> known = files.stream().flatMap(f -> f.structures().stream())
                .map(s -> s.externalId()).collect(Collectors.toSet());
        Map<String, Origin> firstSeen = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SourcePerson person : persons) {
            Set<String> named = new HashSet<>(person.structureExternalIds());
            person.classes().stream().map(SourceClassRef::structureExternalId).forEach(named::add);
            for (String id : named) {
                if (!known.contains(id)) {
                    firstSeen.putIfAbsent(id, person.origin());
                    counts.merge(id, 1, Integer::sum);
                }
            }
        }
        return firstSeen.entrySet().stream()
                .map(e -> new Warning(e.getValue().file(), e.getValue().line(), UNKNOWN_STRUCTURE,
                        List.of(e.getKey(), String.valueOf(counts.get(e.getKey())))))
                .toList();
    }

    private static List<Warning> unknownRelatives(List<SourcePerson> persons) {
        Set<String> relatives = ids(persons, SourceProfile.RELATIVE);
        Map<String, List<String>> missingByFile = new LinkedHashMap<>();
        for (SourcePerson pupil : persons) {
            for (SourceRelativeLink link : pupil.relatives()) {
                if (!relatives.contains(link.relativeExternalId())) {
                    missingByFile.computeIfAbsent(pupil.origin().file(), f -> new ArrayList<>())
                            .add(link.relativeExternalId());
                }
            }
        }
        return missingByFile.entrySet().stream()
                .map(e -> new Warning(e.getKey(), 0, UNKNOWN_RELATIVES, List.of(String.valueOf(e.getValue().size()),
                        String.join(", ", e.getValue().subList(0, Math.min(SAMPLE, e.getValue().size()))))))
                .toList();
    }

    private static List<Warning> orphanRelatives(List<SourcePerson> persons) {
        Set<String> linked = persons.stream().flatMap(p -> p.relatives().stream())
                .map(SourceRelativeLink::relativeExternalId).collect(Collectors.toSet());
        Map<String, Integer> orphansByFile = new LinkedHashMap<>();
        for (SourcePerson person : persons) {
            if (person.profile() == SourceProfile.RELATIVE && !linked.contains(person.externalId())) {
                orphansByFile.merge(person.origin().file(), 1, Integer::sum);
            }
        }
        return orphansByFile.entrySet().stream()
                .map(e -> new Warning(e.getKey(), 0, ORPHAN_RELATIVES, List.of(String.valueOf(e.getValue()))))
                .toList();
    }

    private static Set<String> ids(List<SourcePerson> persons, SourceProfile profile) {
        return persons.stream().filter(p -> p.profile() == profile).map(SourcePerson::externalId)
                .collect(Collectors.toSet());
    }
}
