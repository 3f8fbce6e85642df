package org.preau.feeding.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows: {@code ;}, {@code ,} or tab separated, double-quote quoting with {@code ""}
 * escapes and line breaks inside quotes, CRLF, LF or CR line ends. Each row knows its 1-based line.
 */
final class CsvParser {

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
            if (c == '"') {
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

    static List<Row> parse(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean atCellStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n')) ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && atCellStart) {
                quoted = true;
                atCellStart = false;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new Row(rowLine, List.copyOf(cells), false));
                cells.clear();
                cell.setLength(0);
                atCellStart = true;
                rowLine = ++line;
            } else {
                cell.append(c);
                atCellStart = false;
            }
        }
        if (quoted || !cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells), quoted));
        }
        return rows;
    }
}
