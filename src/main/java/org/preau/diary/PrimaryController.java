package org.preau.diary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.diary.DiaryBook.ClassBook;
import org.preau.diary.DiaryRules.ClassAccess;
import org.preau.diary.DiaryRules.Role;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The primary school's day: what was done in class and what is due, and the quick entry of
 * the day's homework for the whole class, every subject on one screen.
 */
@RequiresAction(DiaryApplications.WRITE)
@Controller
class PrimaryController {

    private final DiaryBook book;
    private final Diary diary;
    private final Clock clock;

    PrimaryController(DiaryBook book, Diary diary, Clock clock) {
        this.book = book;
        this.diary = diary;
        this.clock = clock;
    }

    @GetMapping("/diary/classes/{id}/day")
    String day(@AuthenticationPrincipal PreauUser user, @PathVariable("id") ClassId classId,
            @RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable Integer saved,
            Model model) {
        LocalDate day = Ids.date(date, Times.today(clock));
        model.addAttribute("saved", saved);
        return page(model, user, classId, day, nextSchoolDay(day), Map.of(), Map.of());
    }

    /** The day: its sessions, the homework due that day and that already set for {@code due}; the quick entry. */
    private String page(Model model, PreauUser user, ClassId classId, LocalDate day, LocalDate due,
            Map<String, String> texts, Map<String, String> errors) {
        LocalDate last = due.isAfter(day) ? due : day;
        ClassBook classBook = book.classBook(user, classId, day, last).orElseThrow(DiaryRefused::notFound);
        model.addAttribute("book", classBook);
        model.addAttribute("access", classBook.access());
        model.addAttribute("day", day);
        model.addAttribute("due", due);
        model.addAttribute("names", classBook.names());
        model.addAttribute("sessions", classBook.sessions().stream().filter(s -> s.date().equals(day)).toList());
        model.addAttribute("dueToday", classBook.homework().stream().filter(h -> h.due().equals(day)).toList());
        model.addAttribute("dueNext", due.isAfter(day)
                ? classBook.homework().stream().filter(h -> h.due().equals(due)).toList() : List.of());
        model.addAttribute("texts", texts);
        model.addAttribute("errors", errors);
        return "diary/day";
    }

    /** Creates one homework per subject filled in ({@code text.<n>} beside {@code subject.<n>}), all due the same day. */
    @PostMapping("/diary/classes/{id}/day")
    String quickEntry(@AuthenticationPrincipal PreauUser user,
            @PathVariable("id") ClassId classId, @RequestParam String date,
            @RequestParam String due, @RequestParam MultiValueMap<String, String> form, Model model) {
        ClassAccess access = book.access(user, classId).orElseThrow(DiaryRefused::notFound);
        if (access.role() != Role.TEACHER) {
            throw access.role() == Role.HEAD ? DiaryRefused.forbidden() : DiaryRefused.notFound();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < access.subjects().size(); i++) {
            String text = form.getFirst("text." + i);
            if (text != null) {
                texts.put(access.subjects().get(i), text);
            }
        }
        LocalDate day = Ids.date(date, Times.today(clock));
        LocalDate dueDay = Ids.date(due, LocalDate.MIN);
        try {
            int created = diary.quickEntry(user, classId, dueDay, texts);
            return "redirect:/diary/classes/" + classId + "/day?date=" + day + "&saved=" + created;
        } catch (DiaryRefused refused) {
            if (refused.reason() != DiaryRefused.Reason.INVALID) {
                throw refused;
            }
            return page(model, user, classId, day, dueDay.equals(LocalDate.MIN) ? nextSchoolDay(day) : dueDay, texts,
                    refused.errors().isEmpty() ? Map.of("due", "diary.error.date") : refused.errors());
        }
    }

    /** The next day with school: Wednesday, Saturday and Sunday are skipped (most écoles). */
    static LocalDate nextSchoolDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.WEDNESDAY || next.getDayOfWeek() == DayOfWeek.SATURDAY
                || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
