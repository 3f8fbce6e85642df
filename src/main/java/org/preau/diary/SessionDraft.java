package org.preau.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;

/**
 * A session (séance) as a teacher writes it: rich-text content (sanitized when stored), links,
 * and an optional publication time (invisible to pupils and parents before it).
 */
public record SessionDraft(ClassId classId, String subject, LocalDate date, String title, String content,
        List<String> links, @Nullable Instant publishAt) {

    public SessionDraft {
        links = List.copyOf(links);
    }
}
