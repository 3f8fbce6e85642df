package org.preau.diary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.diary.DiaryRules.ClassAccess;
import org.preau.platform.web.InputLimits;

/**
 * Checks of what a teacher writes: a subject they teach in the class (else refused), a
 * title, texts of a reasonable length, http(s) links, homework not due in the past (unless
 * its due date stays as it was) and a plausible estimated time. All errors at once.
 */
final class Drafts {

    static final int MAX_TITLE = 200;
    static final int MAX_LINKS = 20;

    private Drafts() {
    }

    static SessionDraft check(ClassAccess access, SessionDraft d, InputLimits limits) {
        Map<String, String> errors = new LinkedHashMap<>();
        String subject = subject(access, d.subject());
        checkText(errors, d.title(), d.content(), "content", limits);
        List<String> links = links(errors, d.links());
        if (!errors.isEmpty()) {
            throw DiaryRefused.invalid(errors);
        }
        return new SessionDraft(d.classId(), subject, d.date(), d.title().strip(), d.content(), links, d.publishAt());
    }

    static HomeworkDraft check(ClassAccess access, HomeworkDraft d, @Nullable LocalDate previousDue, LocalDate today,
            InputLimits limits) {
        Map<String, String> errors = new LinkedHashMap<>();
        String subject = subject(access, d.subject());
        if (d.due().isBefore(today) && !d.due().equals(previousDue)) {
            errors.put("due", "diary.error.duePast");
        }
        checkText(errors, d.title(), d.instructions(), "instructions", limits);
        if (d.minutes() != null && (d.minutes() < 1 || d.minutes() > 600)) {
            errors.put("minutes", "diary.error.minutes");
        }
        List<String> links = links(errors, d.links());
        if (!errors.isEmpty()) {
            throw DiaryRefused.invalid(errors);
        }
        return new HomeworkDraft(d.classId(), subject, d.due(), d.title().strip(), d.instructions(), d.minutes(),
                d.handIn(), links, d.publishAt());
    }

    private static String subject(ClassAccess access, String subject) {
        return access.writable(subject).orElseThrow(DiaryRefused::forbidden);
    }

    /** Lengths are checked on the text as typed, before any sanitizing (the shared {@link InputLimits}). */
    private static void checkText(Map<String, String> errors, String title, String text, String textField,
            InputLimits limits) {
        if (title.isBlank() || title.strip().length() > MAX_TITLE) {
            errors.put("title", "diary.error.title");
        }
        if (limits.tooLong(text)) {
            errors.put(textField, "diary.error.tooLong");
        }
    }

    private static List<String> links(Map<String, String> errors, List<String> typed) {
        List<String> links = typed.stream().filter(l -> !l.isBlank()).map(l -> RichText.link(l).orElse("")).toList();
        if (links.contains("") || links.size() > MAX_LINKS) {
            errors.put("links", "diary.error.link");
        }
        return links;
    }

}
