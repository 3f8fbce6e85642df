package org.preau.feeding.source;

import org.jspecify.annotations.Nullable;

/**
 * A structure (school) as a source gives it. {@code type} is one of {@code ECOLE}, {@code COLLEGE},
 * {@code LYCEE} or {@code OTHER}.
 */
public record SourceStructure(String externalId, @Nullable String uai, String name, String type,
        @Nullable String parentExternalId, Origin origin) {
}
