package org.preau.feeding.aaf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.preau.feeding.source.Rejection;
import org.preau.feeding.source.SourceBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads AAF files (format {@code ficAlimMENESR}: {@code EtabEducNat}, {@code Eleve}, {@code PersEducNat},
 * {@code PersRelEleve}, {@code MatiereEducNat}, {@code MefEducNat}), full exports or deltas, into one
 * {@link SourceBatch}. Never throws for bad input:
 * <ul>
 * <li>a file that is not XML, or XML of another root, gives one {@code import.error.wrongKind} rejection;
 * a malformed one {@code import.error.malformedXml} (line, column as argument); a DOCTYPE that declares
 * entities or points outside a plain {@code .dtd} name {@code import.error.forbiddenDoctype} (nothing is
 * ever fetched: see {@link DoctypeGuard}). Such a file gives nothing but that rejection, so that a
 * truncated full export never looks complete; the other files are still read;</li>
 * <li>a person record is rejected for a missing {@code ENTPersonJointure}, {@code sn} or {@code givenName}
 * (checked on the entry a {@code modifyRequest} leaves), or for an id met twice with different content
 * anywhere in the import (see {@link AafPersonRecords}); a bad birth date only drops the date, with a
 * warning;</li>
 * <li>references across files (structures, relatives) are checked by {@link AafCrossCheck}.</li>
 * </ul>
 * Each record's kind comes from its {@code operationalAttributes} category, or from the file name.
 * Thread-safe: it holds no state.
 */
public final class AafReader {

    private static final Logger log = LoggerFactory.getLogger(AafReader.class);
    private static final String UNREADABLE = "import.error.unreadableFile";
    private static final String UNKNOWN_CATEGORY = "import.error.unknownCategory";

    /**
     * Reads {@code files} in the order given; a directory stands for the {@code .xml} files it holds,
     * in name order.
     */
    public SourceBatch read(List<Path> files) {
        return read(files, RegisterEntries.NONE).batch();
    }

    /** What an import read, and the entries to store once it is applied. */
    public record AafRead(SourceBatch batch, List<RegisterEntries.Entry> entries) {
    }

    /** Reads {@code files}, applying {@code modifyRequest}s to the entries {@code stored} holds. */
    public AafRead read(List<Path> files, RegisterEntries stored) {
        long start = System.nanoTime();
        List<AafFileResult> results = new ArrayList<>();
        List<SourceBatch> failures = new ArrayList<>();
        AafPersonRecords persons = new AafPersonRecords();
        for (Path file : expand(files, failures)) {
            readFile(file, results, failures, persons);
        }
        persons.resolve(stored);
        List<SourceBatch> batches = new ArrayList<>(failures);
        results.forEach(r -> batches.add(r.toBatch()));
        batches.add(new SourceBatch(List.of(), List.of(), List.of(), List.of(), List.of(),
                AafCrossCheck.check(results)));
        SourceBatch batch = SourceBatch.merge(batches);
        log.info("AAF read: {} files, {} structures, {} persons, {} rejected, {} warnings in {} ms", results.size()
                + failures.size(), batch.structures().size(), batch.persons().size(), batch.rejected().size(),
                batch.warnings().size(), (System.nanoTime() - start) / 1_000_000);
        return new AafRead(batch, List.copyOf(persons.entries()));
    }

    private static List<Path> expand(List<Path> paths, List<SourceBatch> failures) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> listing = Files.list(path)) {
                listing.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                failures.add(SourceBatch.rejecting(new Rejection(name(path), 0, "", UNREADABLE, List.of())));
            }
        }
        return files;
    }

    private static void readFile(Path file, List<AafFileResult> results, List<SourceBatch> failures,
            AafPersonRecords persons) {
        AafFileResult result = new AafFileResult(name(file));
        AafPersonRecords filePersons = new AafPersonRecords();
        try {
            new AafFileParser().parse(file, record -> dispatch(record, result, filePersons));
            results.add(result);
            filePersons.pending().forEach(p -> persons.add(p.record(), p.kind(), p.out()));
        } catch (AafFileException e) {
            log.warn("AAF file {} rejected: {} (line {})", result.file(), e.messageKey(), e.line());
            failures.add(SourceBatch.rejecting(new Rejection(result.file(), e.line(), "", e.messageKey(), e.args())));
        } catch (IOException | RuntimeException e) {
            log.warn("AAF file {} unreadable: {}", result.file(), e.getClass().getSimpleName());
            failures.add(SourceBatch.rejecting(new Rejection(result.file(), 0, "", UNREADABLE, List.of())));
        }
    }

    private static void dispatch(AafRecord record, AafFileResult out, AafPersonRecords persons) {
        AafKind kind = AafKind.of(record.category(), out.file()).orElse(null);
        if (kind == null) {
            out.reject(record.line(), "operationalAttributes", UNKNOWN_CATEGORY, record.category());
        } else {
            persons.add(record, kind, out);
        }
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
