package org.preau.diary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.diary.DiaryBook.PupilBook;
import org.preau.diary.Entries.HomeworkLine;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The diary's entry page, and the pupils' and parents' side: homework by due date, by subject
 * or as a week, one homework, "done" ticks (htmx swaps the button; without JavaScript the
 * page reloads) and attachments.
 */
@RequiresAction({DiaryApplications.READ, DiaryApplications.WRITE, DiaryApplications.VISA})
@Controller
class DiaryController {

    /** Days of the homework list: every homework given, from today on, by due date (a school year ahead). */
    static final int LIST_DAYS = 366;

    /** A day of the week view. */
    record Day(LocalDate date, List<HomeworkLine> homework) {
    }

    private final DiaryBook book;
    private final Diary diary;
    private final DiaryRules rules;
    private final Attachments attachments;
    private final Clock clock;

    DiaryController(DiaryBook book, Diary diary, DiaryRules rules, Attachments attachments, Clock clock) {
        this.book = book;
        this.attachments = attachments;
        this.diary = diary;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping("/diary")
    String home(@AuthenticationPrincipal PreauUser user, Model model) {
        var taught = rules.taught(user);
        if (taught.isEmpty() && (user.hasRole("STUDENT") || user.hasRole("RELATIVE"))) {
            return "redirect:/diary/homework";
        }
        boolean head = !rules.headOf(user).isEmpty();
        if (taught.isEmpty() && head) {
            return "redirect:/diary/visas";
        }
        model.addAttribute("taught", taught);
        model.addAttribute("head", head);
        return "diary/teacher";
    }

    @GetMapping("/diary/homework")
    String homework(@AuthenticationPrincipal PreauUser user, @RequestParam(required = false) @Nullable PersonId child,
            @RequestParam(defaultValue = "list") String view, @RequestParam(required = false) @Nullable String week,
            Model model) {
        LocalDate today = Times.today(clock);
        boolean weekView = view.equals("week");
        LocalDate from = weekView ? Ids.date(week, today).with(DayOfWeek.MONDAY) : today;
        LocalDate to = weekView ? from.plusDays(6) : today.plusDays(LIST_DAYS - 1);
        PupilBook pupil = book.pupilHomework(user, child, from, to, 0, 1000)
                .orElseThrow(DiaryRefused::notFound);
        model.addAttribute("book", pupil);
        model.addAttribute("today", today);
        model.addAttribute("view", weekView ? "week" : view.equals("subject") ? "subject" : "list");
        model.addAttribute("childParam", pupil.parent() ? pupil.pupil().toString() : null);
        if (weekView) {
            List<Day> days = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                LocalDate day = d;
                days.add(new Day(day, pupil.homework().stream().filter(h -> h.due().equals(day)).toList()));
            }
            model.addAttribute("days", days);
            model.addAttribute("weekStart", from);
        }
        model.addAttribute("byDue", group(pupil.homework(), true));
        model.addAttribute("bySubject", group(pupil.homework(), false));
        boolean young = pupil.primary() && !pupil.parent();
        return young && !weekView ? "diary/young" : "diary/homework";
    }

    private static Map<Object, List<HomeworkLine>> group(List<HomeworkLine> lines, boolean byDue) {
        Map<Object, List<HomeworkLine>> groups = byDue ? new LinkedHashMap<>() : new TreeMap<>();
        for (HomeworkLine line : lines) {
            groups.computeIfAbsent(byDue ? line.due() : line.subject(), k -> new ArrayList<>()).add(line);
        }
        return groups;
    }

    @GetMapping("/diary/homework/{id}")
    String one(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Model model) {
        var homework = book.homework(user, id).orElseThrow(DiaryRefused::notFound);
        var access = book.access(user, homework.classId()).orElseThrow(DiaryRefused::notFound);
        model.addAttribute("h", homework);
        model.addAttribute("access", access);
        model.addAttribute("names", book.names(List.of(), List.of(homework)));
        return "diary/homework-item";
    }

    /** A pupil ticks homework: the button comes back for htmx, else the page it was on. */
    @PostMapping("/diary/homework/{id}/done")
    String done(@AuthenticationPrincipal PreauUser user, @PathVariable("id") UUID homework, @RequestParam boolean done,
            @RequestParam(defaultValue = "") String back,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        diary.setDone(user, homework, done);
        if (htmx != null) {
            model.addAttribute("id", homework);
            model.addAttribute("done", done);
            model.addAttribute("back", back);
            return "diary/fragments :: done";
        }
        return "redirect:" + (back.matches("/diary/homework(/[0-9a-f-]{36})?(\\?[a-z=&0-9-]*)?") ? back : "/diary/homework");
    }

    @GetMapping("/diary/attachments/{id}")
    ResponseEntity<InputStreamResource> attachment(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        var file = book.attachment(user, id).orElseThrow(DiaryRefused::notFound);
        var content = attachments.open(file).orElseThrow(DiaryRefused::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}
