package org.preau.feeding.aaf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.preau.feeding.source.Origin;
import org.preau.feeding.source.Rejection;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourceMef;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.SourceStructure;
import org.preau.feeding.source.SourceSubject;
import org.preau.feeding.source.Warning;

/** What one AAF file gave so far, with the ids already seen in it (to reject a duplicate). */
final class AafFileResult {

    static final String DUPLICATE_ID = "import.error.duplicateId";

    private final String file;
    private final List<SourceStructure> structures = new ArrayList<>();
    private final List<SourcePerson> persons = new ArrayList<>();
    private final List<SourceSubject> subjects = new ArrayList<>();
    private final List<SourceMef> mefs = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    AafFileResult(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    Origin origin(int line) {
        return new Origin(file, line);
    }

    /**
     * Whether {@code id} (of records of {@code namespace}) is new in this file; if not, rejects the record at {@code line}
     * (the first one met is kept).
     */
    boolean firstTime(String namespace, String id, String field, int line) {
        if (seen.add(namespace + '\u0000' + id)) {
            return true;
        }
        reject(line, field, DUPLICATE_ID, id);
        return false;
    }

    void reject(int line, String field, String key, String... args) {
        rejected.add(new Rejection(file, line, field, key, Arrays.asList(args)));
    }

    void warn(int line, String key, String... args) {
        warnings.add(new Warning(file, line, key, Arrays.asList(args)));
    }

    void add(SourceStructure structure) {
        structures.add(structure);
    }

    void add(SourcePerson person) {
        persons.add(person);
    }

    void add(SourceSubject subject) {
        subjects.add(subject);
    }

    void add(SourceMef mef) {
        mefs.add(mef);
    }

    /** How many structures, subjects and MEFs were read so far. */
    int size() {
        return structures.size() + subjects.size() + mefs.size();
    }

    List<SourcePerson> persons() {
        return persons;
    }

    List<SourceStructure> structures() {
        return structures;
    }

    SourceBatch toBatch() {
        return new SourceBatch(structures, persons, subjects, mefs, rejected, warnings);
    }
}
