package org.preau.feeding.source;

/**
 * Where a record was read: the file name (without directories) and the 1-based line of the record's
 * start element (AAF) or of its CSV line (the header is line 1).
 */
public record Origin(String file, int line) {
}
