package org.preau.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.diary.Entries.Homework;
import org.preau.diary.Entries.Session;
import org.preau.platform.ClassId;
import org.preau.platform.PeopleTime;

/**
 * The session and homework form as typed: text fields parsed here, errors collected by field
 * (message keys) so that the page shows them all at once.
 */
record EntryForm(@Nullable String subject, @Nullable String date, @Nullable String title, @Nullable String text,
        @Nullable String links, @Nullable String publishAt, @Nullable String minutes, @Nullable String handIn,
        @Nullable String publishMorning) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static EntryForm blank(LocalDate date, String subject) {
        return new EntryForm(subject, date.toString(), "", "", "", "", "", null, null);
    }

    static EntryForm of(Session s) {
        return new EntryForm(s.subject(), s.date().toString(), s.title(), RichText.editable(s.content()),
                String.join("\n", s.links()),
                local(s.publishAt()), "", null, null);
    }

    static EntryForm of(Homework h) {
        return new EntryForm(h.subject(), h.due().toString(), h.title(), RichText.editable(h.instructions()),
                String.join("\n", h.links()), local(h.publishAt()), h.minutes() == null ? "" : h.minutes().toString(),
                h.handIn() ? "on" : null, null);
    }

    /** Whether the teacher chose to publish on the next school morning. */
    boolean morning() {
        return publishMorning != null;
    }

    /** The session typed; {@code morning}, when given, replaces the publication date typed. */
    SessionDraft session(ClassId classId, @Nullable Instant morning, Map<String, String> errors) {
        return new SessionDraft(classId, value(subject), day("date", errors), value(title), value(text), linkList(),
                morning != null ? morning : instant(errors));
    }

    /** The homework typed; {@code morning}, when given, replaces the publication date typed. */
    HomeworkDraft homework(ClassId classId, @Nullable Instant morning, Map<String, String> errors) {
        Integer estimated = null;
        if (!value(minutes).isBlank()) {
            try {
                estimated = Integer.valueOf(value(minutes).strip());
            } catch (NumberFormatException e) {
                errors.put("minutes", "diary.error.minutes");
            }
        }
        return new HomeworkDraft(classId, value(subject), day("due", errors), value(title), value(text), estimated,
                handIn != null, linkList(), morning != null ? morning : instant(errors));
    }

    private LocalDate day(String field, Map<String, String> errors) {
        try {
            return LocalDate.parse(value(date).strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "diary.error.date");
            return LocalDate.MIN;
        }
    }

    private @Nullable Instant instant(Map<String, String> errors) {
        if (value(publishAt).isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value(publishAt).strip(), LOCAL).atZone(PeopleTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("publishAt", "diary.error.date");
            return null;
        }
    }

    private List<String> linkList() {
        return Arrays.stream(value(links).split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, PeopleTime.ZONE).format(LOCAL);
    }

    private static String value(@Nullable String text) {
        return text == null ? "" : text;
    }
}
