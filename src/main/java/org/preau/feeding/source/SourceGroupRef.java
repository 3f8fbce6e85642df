package org.preau.feeding.source;

import org.jspecify.annotations.Nullable;

/**
 * A teaching group of a structure ("211GP1", "LATIN 5E"), named as the source names it: a pupil's or a
 * teacher's group ({@code subjectCode} null: they belong to it) or a subject a teacher teaches to it.
 */
public record SourceGroupRef(String structureExternalId, String groupName, @Nullable String subjectCode) {
}
