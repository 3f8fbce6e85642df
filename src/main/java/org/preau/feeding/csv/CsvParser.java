package org.preau.feeding.csv;

import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Splits CSV text into rows with FastCSV: {@code ;}, {@code ,} or tab separated, double-quote quoting with
 * {@code ""} escapes and line breaks inside quotes, CRLF, LF or CR line ends, rows of any length. Each row
 * knows its 1-based line (the physical line it starts on, counting the line breaks inside quotes).
 * The separator is guessed here from the first line, which FastCSV does not do.
 */
final class CsvParser {

    private static final char QUOTE = '"';

    /** One row of cells and the line it starts on; {@code unterminated} when a quote never closed. */
    record Row(int line, List<String> cells, boolean unterminated) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private CsvParser() {
    }

    /** The separator of {@code text}: the most frequent of {@code ;}, {@code ,} and tab in its first line. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (commas > semicolons && commas >= tabs) {
            return ',';
        }
        return tabs > semicolons ? '\t' : ';';
    }

    /**
     * The rows of {@code text}, blank lines included (as one empty cell) so that line numbers hold. Lenient
     * as spreadsheets are: characters after a closing quote are kept ({@code "b"x} is {@code bx}), a quote
     * inside an unquoted cell is a character, and a quote that never closes takes the rest of the file into
     * its cell (that last row is marked {@code unterminated}).
     */
    static List<Row> parse(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        // read from a String: nothing to close
        CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).quoteCharacter(QUOTE)
                .skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true).ofCsvRecord(text);
        for (CsvRecord record : reader) {
            rows.add(new Row(Math.toIntExact(record.getStartingLineNumber()), record.getFields(), false));
        }
        if (!rows.isEmpty() && endsInOpenQuote(text, rows.getLast().cells().getLast())) {
            Row last = rows.removeLast();
            rows.add(new Row(last.line(), last.cells(), true));
        }
        return rows;
    }

    /**
     * Whether the text ends inside a quoted cell whose content is {@code lastCell}: it then ends with the
     * opening quote and the cell's content as written ({@code ""} for each quote), with no closing quote.
     */
    private static boolean endsInOpenQuote(String text, String lastCell) {
        if (lastCell.chars().allMatch(c -> c == QUOTE)) {
            // "", """" ... closed; ", """ ... open: an odd run of quotes at the end (a cell starts after a separator)
            int run = 0;
            while (run < text.length() && text.charAt(text.length() - 1 - run) == QUOTE) {
                run++;
            }
            return run % 2 == 1;
        }
        return text.endsWith(QUOTE + lastCell.replace("\"", "\"\""));
    }
}
