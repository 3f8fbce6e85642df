package org.preau.platform;

import java.io.Serializable;
import java.util.UUID;

/** The id of a person in the directory. */
public record PersonId(UUID value) implements Serializable {

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
