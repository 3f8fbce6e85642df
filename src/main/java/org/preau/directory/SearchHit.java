package org.preau.directory;

import org.jspecify.annotations.Nullable;

/** One result of the annuaire: a person, a class or a group the viewer may see. */
public record SearchHit(String id, Kind type, String displayName, @Nullable Profile profile,
        @Nullable String structure) {

    /** What a hit is. */
    public enum Kind {
        PERSON, CLASS, GROUP
    }
}
