package org.preau.platform;

import java.io.Serializable;
import java.util.UUID;

/** The id of a class (classe) in the directory. */
public record ClassId(UUID value) implements Serializable {

    public static ClassId of(String value) {
        return new ClassId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
