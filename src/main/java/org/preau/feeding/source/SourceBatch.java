package org.preau.feeding.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What one read of one or more source files gave: the records read, in file order, and the rejections
 * and warnings met. {@code childLinks} are the links from relatives to children known only by name
 * (CSV files of relatives); AAF files give relatives on the pupils' records instead.
 */
public record SourceBatch(List<SourceStructure> structures, List<SourcePerson> persons,
        List<SourceSubject> subjects, List<SourceMef> mefs, List<Rejection> rejected, List<Warning> warnings,
        List<SourceChildLink> childLinks) {

    public SourceBatch {
        structures = List.copyOf(structures);
        persons = List.copyOf(persons);
        subjects = List.copyOf(subjects);
        mefs = List.copyOf(mefs);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        childLinks = List.copyOf(childLinks);
    }

    /** A batch with no links from relatives to children by name. */
    public SourceBatch(List<SourceStructure> structures, List<SourcePerson> persons, List<SourceSubject> subjects,
            List<SourceMef> mefs, List<Rejection> rejected, List<Warning> warnings) {
        this(structures, persons, subjects, mefs, rejected, warnings, List.of());
    }

    /** A batch holding only {@code rejection}: nothing of the file could be read. */
    public static SourceBatch rejecting(Rejection rejection) {
        return new SourceBatch(List.of(), List.of(), List.of(), List.of(), List.of(rejection), List.of());
    }

    /** The batches one after the other, in the order given. */
    public static SourceBatch merge(List<SourceBatch> batches) {
        return new SourceBatch(concat(batches, SourceBatch::structures), concat(batches, SourceBatch::persons),
                concat(batches, SourceBatch::subjects), concat(batches, SourceBatch::mefs),
                concat(batches, SourceBatch::rejected), concat(batches, SourceBatch::warnings),
                concat(batches, SourceBatch::childLinks));
    }

    private static <T> List<T> concat(List<SourceBatch> batches, Function<SourceBatch, List<T>> part) {
        List<T> all = new ArrayList<>();
        batches.forEach(batch -> all.addAll(part.apply(batch)));
        return all;
    }
}
