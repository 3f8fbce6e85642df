package org.preau.feeding.source;

/** A class of a structure, named as the source names it (trimmed, inner spaces kept: {@code "3 EME A"}). */
public record SourceClassRef(String structureExternalId, String className) {
}
