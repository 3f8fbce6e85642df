package org.preau.feeding.aaf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.preau.feeding.aaf.RegisterEntries.Entry;
import org.preau.feeding.source.Origin;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.SourceRelativeLink;

/**
 * The person records of every file of one import, read together once all files are parsed, so that the
 * order of the files never matters:
 * <ul>
 * <li>an id met more than once with different content (in one file or several) is rejected at every
 * occurrence, with its file and line, and none is applied; the same record repeated is applied once, with
 * one warning;</li>
 * <li>a {@code modifyRequest} is applied to the entry as last imported (LDAP semantics, see
 * {@link AafRecord#applyTo}) and read like a full entry, mandatory fields checked on the result; a
 * {@code modifyRequest} or {@code deleteRequest} for an id never imported is rejected;</li>
 * <li>relatives held by an earlier import (linked to no pupil then) are brought in when a pupil of this
 * import names them.</li>
 * </ul>
 */
final class AafPersonRecords {

    static final String CONFLICT = org.preau.feeding.source.SourceDuplicates.CONFLICT;
    static final String IDENTICAL = org.preau.feeding.source.SourceDuplicates.IDENTICAL;
    static final String UNKNOWN_ID = "import.error.unknownId";
    static final String NOT_STORED = "import.error.entryNotStored";

    /** A person record waiting for the whole import to be read. */
    record Pending(AafRecord record, AafKind kind, AafFileResult out) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final List<Pending> nomenclature = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();

    void add(AafRecord record, AafKind kind, AafFileResult out) {
        (kind.isPerson() ? pending : nomenclature).add(new Pending(record, kind, out));
    }

    /** The records waiting, in file order. */
    List<Pending> pending() {
        List<Pending> all = new ArrayList<>(nomenclature);
        all.addAll(pending);
        return all;
    }

    /** The entries to store once the import is applied. */
    List<Entry> entries() {
        return entries;
    }

    void resolve(RegisterEntries stored) {
        nomenclature.forEach(p -> readNomenclature(p, stored));
        Map<String, List<Pending>> byId = new LinkedHashMap<>();
        for (Pending p : pending) {
            byId.computeIfAbsent(p.record().key(), k -> new ArrayList<>()).add(p);
        }
        for (var group : byId.entrySet()) {
            List<Pending> occurrences = group.getValue();
            Pending first = occurrences.getFirst();
            if (group.getKey().isEmpty() || occurrences.size() == 1) {
                read(first, stored);
            } else if (occurrences.stream().allMatch(p -> sameContent(p, first))) {
                first.out().warn(first.record().line(), IDENTICAL, group.getKey(), String.valueOf(occurrences.size()));
                read(first, stored);
            } else {
                String places = occurrences.stream().map(p -> p.out().file() + ":" + p.record().line())
                        .collect(Collectors.joining(", "));
                occurrences.forEach(p -> p.out().reject(p.record().line(), "identifier", CONFLICT, group.getKey(),
                        places));
            }
        }
        bringHeldRelatives(byId.keySet(), stored);
    }

    /**
     * A structure, subject or MEF: a {@code modifyRequest} is applied to the entry as last imported (kept
     * under {@code KIND:id}), or read as it is when there is none (the register sent a whole entry).
     */
    private void readNomenclature(Pending p, RegisterEntries stored) {
        AafRecord record = p.record();
        String key = p.kind().name() + ':' + record.id();
        if (record.request() == AafRecord.Request.DELETE) {
            AafNomenclature.read(record, p.kind(), p.out()); // never removed by an import: a warning
            return;
        }
        AafRecord read = record;
        if (record.request() == AafRecord.Request.MODIFY) {
            read = record.withAttributes(record.applyTo(record.id().isEmpty() ? Map.of()
                    : stored.find(key).orElse(Map.of())));
        }
        int before = p.out().size();
        AafNomenclature.read(read, p.kind(), p.out());
        if (!record.id().isEmpty() && p.out().size() > before) {
            entries.add(new Entry(key, p.kind().name(), read.attributes(), false));
        }
    }

    private static boolean sameContent(Pending a, Pending b) {
        return a.kind() == b.kind() && a.record().request() == b.record().request()
                && a.record().attributes().equals(b.record().attributes())
                && a.record().modifications().equals(b.record().modifications());
    }

    private void read(Pending p, RegisterEntries stored) {
        AafRecord record = p.record();
        String id = record.key();
        switch (record.request()) {
            case DELETE -> {
                if (!id.isEmpty() && !stored.known(id)) {
                    p.out().reject(record.line(), "identifier", UNKNOWN_ID, id);
                    return;
                }
                if (readInto(p, record)) {
                    entries.add(new Entry(id, p.kind().name(), Map.of(), true));
                }
            }
            case MODIFY -> {
                var base = stored.find(id);
                if (base.isEmpty()) {
                    p.out().reject(record.line(), "identifier", stored.known(id) ? NOT_STORED : UNKNOWN_ID, id);
                    return;
                }
                AafRecord merged = record.withAttributes(record.applyTo(base.get()));
                if (readInto(p, merged)) {
                    entries.add(new Entry(id, p.kind().name(), merged.attributes(), false));
                }
            }
            case ADD -> {
                if (readInto(p, record)) {
                    entries.add(new Entry(id, p.kind().name(), record.attributes(), false));
                }
            }
        }
    }

    /** Reads the record as a person; whether it was accepted. */
    private static boolean readInto(Pending p, AafRecord record) {
        int before = p.out().persons().size();
        AafPersons.read(record, p.kind(), p.out());
        return p.out().persons().size() > before;
    }

    /** Relatives named by this import's pupils, absent from it, but held by the register since an earlier one. */
    private void bringHeldRelatives(Set<String> inImport, RegisterEntries stored) {
        Map<String, Origin> wanted = new LinkedHashMap<>();
        List<AafFileResult> outs = pending.stream().map(Pending::out).distinct().toList();
        for (AafFileResult out : outs) {
            for (SourcePerson person : out.persons()) {
                for (SourceRelativeLink link : person.relatives()) {
                    if (!inImport.contains(link.relativeExternalId())) {
                        wanted.putIfAbsent(link.relativeExternalId(), person.origin());
                    }
                }
            }
        }
        for (var want : wanted.entrySet()) {
            stored.held(want.getKey()).ifPresent(attributes -> {
                AafFileResult out = outs.stream().filter(o -> Objects.equals(o.file(), want.getValue().file()))
                        .findFirst().orElseThrow();
                AafPersons.read(new AafRecord(AafRecord.Request.ADD, "PersRelEleve", want.getKey(), attributes,
                        want.getValue().line()), AafKind.RELATIVE, out);
            });
        }
    }
}
