/**
 * The CSV reader: ONDE exports of primary schools and generic files of private schools, in whatever
 * encoding the field sends them (UTF-8 with or without BOM, Windows-1252, double-encoded UTF-8).
 */
@NullMarked
package org.preau.feeding.csv;

import org.jspecify.annotations.NullMarked;
