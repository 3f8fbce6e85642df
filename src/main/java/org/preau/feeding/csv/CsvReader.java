package org.preau.feeding.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.preau.feeding.csv.CsvParser.Row;
import org.preau.feeding.source.Rejection;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourceDuplicates;
import org.preau.feeding.source.SourceProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads CSV files of one structure and one profile: ONDE exports of primary schools (pupils, teachers,
 * "responsables") and generic files. First {@link #preview} a file to learn its encoding, separator and
 * columns; then {@link #read} it with the mapping a person confirmed.
 *
 * <p>Rows without an id column get a derived id (see {@link DerivedIds}: {@code onde:} + a hash of the
 * profile, names and birth date), so that a re-import finds the same people. Relatives' children are
 * given as {@link org.preau.feeding.source.SourceChildLink}s, by name (and by derived id when the file gives
 * the child's birth date). {@code read} never throws for bad input: a file that is not text gives one
 * {@code import.error.wrongKind} rejection, a file without the required columns one
 * {@code import.error.missingColumn} rejection naming them (an empty file {@code import.error.emptyFile});
 * bad rows give rejections with their line; empty lines are skipped.
 * Thread-safe: it holds no state.
 */
public final class CsvReader {

    static final String WRONG_KIND = "import.error.wrongKind";
    static final String MISSING_COLUMN = "import.error.missingColumn";
    static final String EMPTY_FILE = "import.error.emptyFile";
    static final String ENCODING_REPAIRED = "import.warning.encodingRepaired";
    private static final Logger log = LoggerFactory.getLogger(CsvReader.class);
    private static final int PREVIEW_ROWS = 5;

    /** The encoding, separator, headers, recognised columns and first rows of {@code content}. */
    public CsvPreview preview(byte[] content, String fileName) {
        CsvText text = CsvText.decode(content);
        if (text.binary()) {
            return new CsvPreview(StandardCharsets.UTF_8, ';', List.of(), null, List.of());
        }
        char separator = CsvParser.separator(text.text());
        List<Row> rows = nonBlank(CsvParser.parse(text.text(), separator));
        if (rows.isEmpty()) {
            return new CsvPreview(text.charset(), separator, List.of(), null, List.of());
        }
        List<String> headers = rows.getFirst().cells().stream().map(String::strip).toList();
        ColumnMapping mapping = HeaderRecognizer.recognise(headers);
        boolean named = mapping.has(ColumnMapping.Field.LAST_NAME) && mapping.has(ColumnMapping.Field.FIRST_NAME);
        List<List<String>> first = rows.stream().skip(1).limit(PREVIEW_ROWS).map(Row::cells).toList();
        return new CsvPreview(text.charset(), separator, headers, named ? mapping : null, first);
    }

    /**
     * Like {@link #preview(byte[], String)}, with {@code recognised} null also when a column that files of
     * {@code profile} need is missing (the birth date of pupils, the children of relatives).
     */
    public CsvPreview preview(byte[] content, String fileName, SourceProfile profile) {
        CsvPreview preview = preview(content, fileName);
        ColumnMapping mapping = preview.recognised();
        return mapping == null || mapping.missingFor(profile).isEmpty() ? preview
                : new CsvPreview(preview.charset(), preview.separator(), preview.headers(), null, preview.firstRows());
    }

    /**
     * The persons of {@code content}, all of {@code profile} in the structure {@code structureExternalId};
     * a person given twice is sorted out by {@link SourceDuplicates}.
     */
    public SourceBatch read(byte[] content, String fileName, SourceProfile profile, String structureExternalId,
            ColumnMapping mapping) {
        return SourceDuplicates.resolve(readRows(content, fileName, profile, structureExternalId, mapping));
    }

    /** {@link #read}, leaving persons given twice to the caller (to sort them out across the files of an import). */
    public SourceBatch readRows(byte[] content, String fileName, SourceProfile profile, String structureExternalId,
            ColumnMapping mapping) {
        String file = baseName(fileName);
        CsvText text = CsvText.decode(content);
        if (text.binary()) {
            return SourceBatch.rejecting(new Rejection(file, 0, "", WRONG_KIND, List.of()));
        }
        List<Row> rows = nonBlank(CsvParser.parse(text.text(), CsvParser.separator(text.text())));
        if (rows.isEmpty()) {
            return SourceBatch.rejecting(new Rejection(file, 0, "", EMPTY_FILE, List.of()));
        }
        List<ColumnMapping.Field> missing = mapping.missingFor(profile);
        if (!missing.isEmpty()) {
            String columns = String.join(", ", missing.stream().map(Enum::name).toList());
            return SourceBatch.rejecting(
                    new Rejection(file, rows.getFirst().line(), "", MISSING_COLUMN, List.of(columns)));
        }
        CsvRowReader reader = new CsvRowReader(file, profile, structureExternalId, mapping);
        if (text.repaired()) {
            reader.warn(0, ENCODING_REPAIRED);
        }
        rows.stream().skip(1).forEach(reader::read);
        SourceBatch batch = reader.toBatch();
        log.info("CSV read: {} ({}, {}), {} persons, {} rejected, {} warnings", file, profile, text.charset(),
                batch.persons().size(), batch.rejected().size(), batch.warnings().size());
        return batch;
    }

    private static List<Row> nonBlank(List<Row> rows) {
        return rows.stream().filter(row -> !row.isBlank()).toList();
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
