package org.preau.feeding.source;

/** A MEF ("module élémentaire de formation"): the national code of a level of study and its label. */
public record SourceMef(String code, String label, Origin origin) {
}
