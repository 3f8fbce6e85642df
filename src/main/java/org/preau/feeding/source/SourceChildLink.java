package org.preau.feeding.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A relative's link to a child known only by name, as CSV files of relatives give it (ONDE
 * "responsables" name each child, not their id). The apply side finds the pupil in
 * {@code structureExternalId}: by {@code childExternalId} when the file gave it or when the child's birth
 * date let the reader derive it, otherwise by last name, first name and, when given, class.
 */
public record SourceChildLink(String relativeExternalId, @Nullable String childExternalId, String childLastName,
        String childFirstName, @Nullable LocalDate childBirthDate, @Nullable String childClassName,
        boolean legalGuardian, String structureExternalId, Origin origin) {
}
