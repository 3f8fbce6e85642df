package org.preau.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.preau.diary.DiaryBook.PupilBook;
import org.preau.diary.DiaryRules.ClassAccess;
import org.preau.diary.Entries.Homework;
import org.preau.diary.Entries.HomeworkLine;
import org.preau.directory.DirectoryViews.ChildRef;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The diary's home page fragments ({@link DiaryWidgets}): what each person sees of the diary at a glance. */
@Controller
class DiaryWidgetController {

    static final int MAX_LINES = 5;

    /** A child's card: who, where, and what is due tomorrow. */
    record ChildCard(ChildRef child, List<HomeworkLine> tomorrow) {
    }

    /** A class whose session of the day the teacher may still write. */
    record ToFill(ClassAccess access, String subject) {
    }

    private final DiaryBook book;
    private final DiaryRules rules;
    private final Visas visas;
    private final HomeworkRepository homework;
    private final DiarySessionRepository sessions;
    private final Clock clock;

    DiaryWidgetController(DiaryBook book, DiaryRules rules, Visas visas, HomeworkRepository homework,
            DiarySessionRepository sessions, Clock clock) {
        this.book = book;
        this.rules = rules;
        this.visas = visas;
        this.homework = homework;
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/diary/widgets/homework")
    @RequiresAction(DiaryApplications.READ)
    String homework(@AuthenticationPrincipal PreauUser user, Model model) {
        LocalDate today = Times.today(clock);
        List<HomeworkLine> lines = book.pupilHomework(user, null, today, today.plusDays(DiaryController.LIST_DAYS), 0, 50)
                .filter(b -> !b.parent()).map(PupilBook::homework).orElse(List.of());
        LocalDate tomorrow = today.plusDays(1);
        model.addAttribute("today", today);
        model.addAttribute("todayLines", lines.stream().filter(h -> h.due().equals(today)).toList());
        model.addAttribute("tomorrowLines", lines.stream().filter(h -> h.due().equals(tomorrow)).toList());
        // what was given for later shows from the moment it is given, by due date
        model.addAttribute("laterLines", lines.stream().filter(h -> h.due().isAfter(tomorrow)).limit(MAX_LINES).toList());
        return "diary/widgets :: homework";
    }

    @GetMapping("/diary/widgets/children")
    @RequiresAction(DiaryApplications.READ)
    String children(@AuthenticationPrincipal PreauUser user, Model model) {
        LocalDate tomorrow = Times.today(clock).plusDays(1);
        List<ChildCard> cards = new ArrayList<>();
        var children = book.children(user);
        var homework = book.childrenHomework(user, children, tomorrow, tomorrow, 50);
        for (ChildRef child : children) {
            cards.add(new ChildCard(child, homework.getOrDefault(child.id(), List.of())));
        }
        model.addAttribute("cards", cards);
        return "diary/widgets :: children";
    }

    @GetMapping("/diary/widgets/todo")
    @RequiresAction(DiaryApplications.WRITE)
    String todo(@AuthenticationPrincipal PreauUser user, Model model) {
        LocalDate today = Times.today(clock);
        List<ClassAccess> taught = rules.taught(user);
        List<Homework> toCorrect = new ArrayList<>();
        for (ClassAccess access : taught) {
            homework.ofClass(access.schoolClass().id(), today.minusDays(7), today.plusDays(7), clock.instant(), true)
                    .stream().filter(h -> h.handIn() && h.author().equals(user.personId())).forEach(toCorrect::add);
        }
        toCorrect.sort(Comparator.comparing(Homework::due));
        List<ToFill> toFill = new ArrayList<>();
        if (toCorrect.isEmpty()) {
            var written = sessions.classesOfAuthor(user.personId(), today, today);
            taught.stream().filter(a -> !written.contains(a.schoolClass().id()) && !a.subjects().isEmpty())
                    .limit(MAX_LINES).forEach(a -> toFill.add(new ToFill(a, a.subjects().getFirst())));
        }
        model.addAttribute("toCorrect", toCorrect.stream().limit(MAX_LINES).toList());
        model.addAttribute("toFill", toFill);
        model.addAttribute("classNames", taught.stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.schoolClass().id(), a -> a.schoolClass().name(),
                        (a, b) -> a)));
        return "diary/widgets :: todo";
    }

    @GetMapping("/diary/widgets/visas")
    @RequiresAction(DiaryApplications.VISA)
    String visas(@AuthenticationPrincipal PreauUser user, Model model) {
        var lines = visas.teachers(user).stream()
                .sorted(Comparator.comparing((Visas.TeacherLine t) -> t.lastVisa() == null ? LocalDate.MIN
                        : t.lastVisa().coversTo()))
                .limit(MAX_LINES).toList();
        model.addAttribute("teachers", lines);
        return "diary/widgets :: visas";
    }
}
