package org.preau.diary;

import java.time.Clock;
import java.time.LocalDate;

import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Visas by the head or an inspector (whoever holds {@code diary.visa}): the teachers who wrote in their structure, a teacher's book, and signing it. */
@RequiresAction(DiaryApplications.VISA)
@Controller
class VisaController {

    private final Visas visas;
    private final Clock clock;

    VisaController(Visas visas, Clock clock) {
        this.visas = visas;
        this.clock = clock;
    }

    @GetMapping("/diary/visas")
    String teachers(@AuthenticationPrincipal PreauUser user, Model model) {
        var teachers = visas.teachers(user);
        if (teachers.isEmpty() && !visas.signsSomewhere(user)) {
            throw DiaryRefused.notFound();
        }
        model.addAttribute("teachers", teachers);
        return "diary/visas";
    }

    @GetMapping("/diary/visas/{structure}/{teacher}")
    String book(@AuthenticationPrincipal PreauUser user,
            @PathVariable StructureId structure, @PathVariable PersonId teacher,
            Model model) {
        model.addAttribute("book", visas.teacherBook(user, structure, teacher)
                .orElseThrow(DiaryRefused::notFound));
        return "diary/visa";
    }

    /**
     * Signs once confirmed: without the confirmation, the page says what the visa covers (how many
     * entries will no longer change) and asks again, the comment kept.
     */
    @PostMapping("/diary/visas/{structure}/{teacher}")
    String sign(@AuthenticationPrincipal PreauUser user,
            @PathVariable StructureId structure, @PathVariable PersonId teacher,
            @RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "false") boolean confirmed,
            Model model) {
        if (!confirmed) {
            var book = visas.teacherBook(user, structure, teacher)
                    .orElseThrow(DiaryRefused::notFound);
            LocalDate today = Times.today(clock);
            model.addAttribute("book", book);
            model.addAttribute("comment", comment.strip());
            model.addAttribute("today", today);
            model.addAttribute("sessionCount", book.sessions().stream()
                    .filter(s -> s.visa() == null && !s.date().isAfter(today)).count());
            model.addAttribute("homeworkCount", book.homework().stream()
                    .filter(h -> h.visa() == null && !h.due().isAfter(today)).count());
            return "diary/confirm-visa";
        }
        visas.sign(user, structure, teacher, comment);
        return "redirect:/diary/visas/" + structure + "/" + teacher + "?signed";
    }
}
