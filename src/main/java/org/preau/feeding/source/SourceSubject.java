package org.preau.feeding.source;

import org.jspecify.annotations.Nullable;

/** A subject (matière) by code; {@code structureExternalId} is null for a national subject. */
public record SourceSubject(String code, String label, @Nullable String structureExternalId, Origin origin) {
}
