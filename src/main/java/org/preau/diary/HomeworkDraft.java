package org.preau.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;

/**
 * Homework as a teacher writes it: due date, instructions (rich text, sanitized when stored),
 * estimated minutes, whether work is handed in, links, and an optional publication time.
 */
public record HomeworkDraft(ClassId classId, String subject, LocalDate due, String title, String instructions,
        @Nullable Integer minutes, boolean handIn, List<String> links, @Nullable Instant publishAt) {

    public HomeworkDraft {
        links = List.copyOf(links);
    }

    /** Homework with only the fields of the quick entry and of the JSON API. */
    public static HomeworkDraft simple(ClassId classId, String subject, LocalDate due, String title,
            String instructions) {
        return new HomeworkDraft(classId, subject, due, title, instructions, null, false, List.of(), null);
    }
}
