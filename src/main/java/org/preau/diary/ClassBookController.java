package org.preau.diary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.diary.DiaryBook.ClassBook;
import org.preau.diary.DiaryRules.ClassAccess;
import org.preau.diary.DiaryRules.Role;
import org.preau.diary.Entries.Homework;
import org.preau.diary.Entries.Session;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A class's book, a week at a time: the sessions of each day and the homework due that day.
 * Its teachers write there, copy entries to their other classes, reuse last year's
 * progression and export a period as PDF. Whoever holds {@code diary.visa} in its structure (the
 * head, an inspector) reads it and exports it too, without the teachers' buttons. Its pupils and
 * their parents read its published lessons and homework.
 */
@RequiresAction(DiaryApplications.WRITE)
@Controller
class ClassBookController {

    /** A day of the book. */
    record BookDay(LocalDate date, List<Session> sessions, List<Homework> homework) {
    }

    private final DiaryBook book;
    private final Diary diary;
    private final DiaryRules rules;
    private final DiarySessionRepository sessions;
    private final Directory directory;
    private final BookPdf pdf;
    private final Clock clock;

    ClassBookController(DiaryBook book, Diary diary, DiaryRules rules, DiarySessionRepository sessions,
            Directory directory, BookPdf pdf, Clock clock) {
        this.book = book;
        this.diary = diary;
        this.rules = rules;
        this.sessions = sessions;
        this.directory = directory;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * The book's week: its teachers and readers with the visa see everything; pupils and parents
     * (their children's classes) read what is published, without the teachers' tools nor visa remarks.
     */
    @GetMapping("/diary/classes/{id}")
    @RequiresAction({ DiaryApplications.READ, DiaryApplications.WRITE, DiaryApplications.VISA })
    String book(@AuthenticationPrincipal PreauUser user, @PathVariable("id") ClassId classId,
            @RequestParam(required = false) @Nullable String week,
            @RequestParam(required = false) @Nullable Integer reused, Model model) {
        model.addAttribute("reused", reused);
        LocalDate today = Times.today(clock);
        LocalDate monday = Ids.date(week, today).with(DayOfWeek.MONDAY);
        ClassBook classBook = book.classBook(user, classId, monday, monday.plusDays(6))
                .orElseThrow(DiaryRefused::notFound);
        List<BookDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            days.add(new BookDay(day, classBook.sessions().stream().filter(s -> s.date().equals(day)).toList(),
                    classBook.homework().stream().filter(h -> h.due().equals(day)).toList()));
        }
        model.addAttribute("book", classBook);
        model.addAttribute("access", classBook.access());
        model.addAttribute("days", days.stream().filter(d -> hasEntries(d) || d.date().getDayOfWeek().getValue() <= 5).toList());
        model.addAttribute("monday", monday);
        model.addAttribute("today", today);
        model.addAttribute("names", classBook.names());
        model.addAttribute("copyTargets", copyTargets(user, classBook.access()));
        if (classBook.access().role() == Role.TEACHER) {
            model.addAttribute("reuseSources", reuseSources(user, today));
        }
        return "diary/book";
    }

    private static boolean hasEntries(BookDay day) {
        return !day.sessions().isEmpty() || !day.homework().isEmpty();
    }

    /** For each subject the teacher writes in this class, the other classes they may copy to. */
    private Map<String, List<ClassRef>> copyTargets(PreauUser user, ClassAccess access) {
        Map<String, List<ClassRef>> targets = new LinkedHashMap<>();
        if (access.role() != Role.TEACHER) {
            return targets;
        }
        var taught = rules.taught(user);
        for (String subject : access.subjects()) {
            targets.put(subject, taught.stream()
                    .filter(t -> !t.schoolClass().id().equals(access.schoolClass().id()))
                    .filter(t -> t.writable(subject).isPresent()).map(ClassAccess::schoolClass).toList());
        }
        return targets;
    }

    /** The classes where the teacher wrote sessions last school year. */
    private List<ClassRef> reuseSources(PreauUser user, LocalDate today) {
        LocalDate start = Times.schoolYearStart(today);
        return sessions.classesOfAuthor(user.personId(), start.minusYears(1), start.minusDays(1)).stream()
                .map(directory::schoolClass).flatMap(java.util.Optional::stream).toList();
    }

    @PostMapping("/diary/classes/{id}/reuse")
    String reuse(@AuthenticationPrincipal PreauUser user, @PathVariable("id") ClassId classId,
            @RequestParam ClassId source) {
        int copied = diary.reuseLastYear(user, classId, source);
        return "redirect:/diary/classes/" + classId + "?reused=" + copied;
    }

    @GetMapping("/diary/classes/{id}/export.pdf")
    @RequiresAction({ DiaryApplications.WRITE, DiaryApplications.VISA })
    ResponseEntity<byte[]> export(@AuthenticationPrincipal PreauUser user, @PathVariable("id") ClassId classId,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        LocalDate today = Times.today(clock);
        LocalDate start = Ids.date(from, Times.schoolYearStart(today));
        LocalDate end = Ids.date(to, today);
        if (end.isBefore(start) || end.isAfter(start.plusYears(1))) {
            end = start.plusYears(1).minusDays(1);
        }
        ClassBook classBook = book.classBook(user, classId, start, end).orElseThrow(DiaryRefused::notFound);
        byte[] document = pdf.render(classBook, start, end);
        String name = "cahier-de-textes-" + classBook.access().schoolClass().name().replaceAll("[^A-Za-z0-9]", "")
                + "-" + start + "-" + end + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(document);
    }
}
