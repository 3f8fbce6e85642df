package org.preau.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;

/**
 * Homework due within 24 hours of becoming visible was published: its pupils (and through
 * them their parents) are to be told. Published once per homework.
 * {@code structure} is the structure of the class or teaching group (null only if it has gone since).
 */
public record HomeworkPublished(UUID homeworkId, ClassId classId, String subject, LocalDate due,
        List<PersonId> pupils, @Nullable StructureId structure) {

    public HomeworkPublished {
        pupils = List.copyOf(pupils);
    }
}
