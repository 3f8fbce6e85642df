package org.preau.diary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;

/**
 * What the diary reads by hand: the class id of a JSON body (addresses and parameters are typed at
 * the web edge) and dates. A malformed id is "not found".
 */
final class Ids {

    private Ids() {
    }

    static ClassId classId(String text) {
        try {
            return ClassId.of(text);
        } catch (IllegalArgumentException e) {
            throw DiaryRefused.notFound();
        }
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
