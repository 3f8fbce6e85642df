package org.preau.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.preau.platform.ClassId;
import org.preau.platform.PersonId;

/**
 * Homework due within 24 hours of becoming visible was published: its pupils (and through
 * them their parents) are to be told. Published once per homework.
 */
public record HomeworkPublished(UUID homeworkId, ClassId classId, String subject, LocalDate due,
        List<PersonId> pupils) {

    public HomeworkPublished {
        pupils = List.copyOf(pupils);
    }
}
