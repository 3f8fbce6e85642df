package org.preau.diary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;

/** Ids and dates from addresses: anything malformed is "not found". */
final class Ids {

    private Ids() {
    }

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw DiaryRefused.notFound();
        }
    }

    static ClassId classId(String text) {
        return new ClassId(uuid(text));
    }

    static PersonId person(String text) {
        return new PersonId(uuid(text));
    }

    static StructureId structure(String text) {
        return new StructureId(uuid(text));
    }

    /** A date {@code yyyy-MM-dd}, or {@code otherwise} when absent or malformed. */
    static LocalDate date(@Nullable String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
