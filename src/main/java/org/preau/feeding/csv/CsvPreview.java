package org.preau.feeding.csv;

import java.nio.charset.Charset;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a CSV file looks like before it is read: its encoding, separator and headers, the mapping of
 * columns recognised from the headers (null when the last or first name column is missing, or when the
 * file is not text) and its first rows, for a person to check and correct the mapping.
 */
public record CsvPreview(Charset charset, char separator, List<String> headers, @Nullable ColumnMapping recognised,
        List<List<String>> firstRows) {

    public CsvPreview {
        headers = List.copyOf(headers);
        firstRows = firstRows.stream().map(List::copyOf).toList();
    }
}
