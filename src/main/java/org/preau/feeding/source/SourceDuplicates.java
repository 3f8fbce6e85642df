package org.preau.feeding.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Persons given more than once in one import (one file or several): the same person repeated is kept
 * once, with one warning (a relative listed once per child keeps every child link); the same id with
 * different content is rejected at every occurrence, with its file and line, and none of it is applied.
 */
public final class SourceDuplicates {

    public static final String CONFLICT = "import.error.conflictingDuplicate";
    public static final String IDENTICAL = "import.warning.identicalDuplicate";
    private static final Origin NOWHERE = new Origin("", 0);

    private SourceDuplicates() {
    }

    public static SourceBatch resolve(SourceBatch batch) {
        Map<String, List<SourcePerson>> byId = new LinkedHashMap<>();
        batch.persons().forEach(p -> byId.computeIfAbsent(p.externalId(), k -> new ArrayList<>()).add(p));
        if (byId.size() == batch.persons().size()) {
            return batch;
        }
        List<SourcePerson> persons = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>(batch.rejected());
        List<Warning> warnings = new ArrayList<>(batch.warnings());
        List<String> conflicting = new ArrayList<>();
        for (var entry : byId.entrySet()) {
            List<SourcePerson> occurrences = entry.getValue();
            SourcePerson first = occurrences.getFirst();
            if (occurrences.size() == 1) {
                persons.add(first);
            } else if (occurrences.stream().allMatch(p -> content(p).equals(content(first)))) {
                persons.add(first);
                warnings.add(new Warning(first.origin().file(), first.origin().line(), IDENTICAL,
                        List.of(entry.getKey(), String.valueOf(occurrences.size()))));
            } else {
                conflicting.add(entry.getKey());
                String places = occurrences.stream().map(p -> p.origin().file() + ":" + p.origin().line())
                        .collect(Collectors.joining(", "));
                occurrences.forEach(p -> rejected.add(new Rejection(p.origin().file(), p.origin().line(),
                        "EXTERNAL_ID", CONFLICT, List.of(entry.getKey(), places))));
            }
        }
        List<SourceChildLink> links = batch.childLinks().stream()
                .filter(l -> !conflicting.contains(l.relativeExternalId())).distinct().toList();
        return new SourceBatch(batch.structures(), persons, batch.subjects(), batch.mefs(), rejected, warnings, links);
    }

    private static SourcePerson content(SourcePerson p) {
        return new SourcePerson(p.operation(), p.externalId(), p.profile(), p.lastName(), p.firstName(), p.birthDate(),
                p.email(), p.structureExternalIds(), p.classes(), p.teachings(), p.relatives(), p.functions(), NOWHERE,
                p.groups());
    }
}
