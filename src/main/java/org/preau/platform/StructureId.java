package org.preau.platform;

import java.io.Serializable;
import java.util.UUID;

/** The id of a structure in the directory. */
public record StructureId(UUID value) implements Serializable {

    public static StructureId of(String value) {
        return new StructureId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
