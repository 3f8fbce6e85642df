package org.preau.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.web.RequiresAction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A structure's quiet hours, for its local admins and the central admin: the weekly schedule,
 * whether it binds its people, its school holidays. Another structure's admin gets a 404.
 */
@Controller
@RequiresAction(TimelineApplications.CONFIGURE)
class StructureQuietController {

    private final QuietHours quietHours;
    private final DirectoryAdmin admins;

    StructureQuietController(QuietHours quietHours, DirectoryAdmin admins) {
        this.quietHours = quietHours;
        this.admins = admins;
    }

    @GetMapping("/admin/timeline/quiet-hours")
    String structures(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("structures", admins.structures(user));
        return "timeline/quiet-structures";
    }

    @GetMapping("/admin/structures/{id}/quiet-hours")
    String page(@AuthenticationPrincipal PreauUser user, @PathVariable StructureId id, Model model) {
        StructureRef structure = structure(user, id);
        return show(structure, QuietForm.of(quietHours.structureSchedule(structure.id()),
                quietHours.enforced(structure.id())), Map.of(), model);
    }

    @PostMapping("/admin/structures/{id}/quiet-hours")
    String save(@AuthenticationPrincipal PreauUser user, @PathVariable StructureId id,
            @RequestParam(defaultValue = "") String evening, @RequestParam(defaultValue = "") String morning,
            @RequestParam(required = false) @Nullable List<DayOfWeek> days,
            @RequestParam(defaultValue = "false") boolean holidays, @RequestParam(defaultValue = "false") boolean enforced,
            Model model) {
        StructureRef structure = structure(user, id);
        QuietForm form = new QuietForm(evening, morning, days == null ? List.of() : days, holidays, enforced);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return show(structure, form, errors, model);
        }
        quietHours.setStructureSchedule(structure.id(), form.schedule(), enforced);
        return "redirect:/admin/structures/" + structure.id() + "/quiet-hours?saved";
    }

    @PostMapping("/admin/structures/{id}/quiet-hours/holidays")
    String addHoliday(@AuthenticationPrincipal PreauUser user, @PathVariable StructureId id,
            @RequestParam(required = false) @Nullable String starts, @RequestParam(required = false) @Nullable String ends,
            Model model) {
        StructureRef structure = structure(user, id);
        LocalDate from = QuietForm.date(starts);
        LocalDate until = QuietForm.date(ends);
        Map<String, String> errors = QuietForm.holidayErrors(from, until);
        if (!errors.isEmpty()) {
            model.addAttribute("holidayStarts", starts);
            model.addAttribute("holidayEnds", ends);
            return show(structure, QuietForm.of(quietHours.structureSchedule(structure.id()),
                    quietHours.enforced(structure.id())), errors, model);
        }
        quietHours.addHolidays(structure.id(), from, until);
        return "redirect:/admin/structures/" + structure.id() + "/quiet-hours?holidayAdded#holidays";
    }

    @PostMapping("/admin/structures/{id}/quiet-hours/holidays/{holiday}/delete")
    String deleteHoliday(@AuthenticationPrincipal PreauUser user, @PathVariable StructureId id,
            @PathVariable UUID holiday) {
        StructureRef structure = structure(user, id);
        if (!quietHours.deleteHoliday(structure.id(), holiday)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/structures/" + structure.id() + "/quiet-hours?holidayDeleted#holidays";
    }

    private String show(StructureRef structure, QuietForm form, Map<String, String> errors, Model model) {
        model.addAttribute("structure", structure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("allDays", DayOfWeek.values());
        model.addAttribute("holidayList", quietHours.holidaysOf(structure.id()));
        return "timeline/structure-quiet";
    }

    private StructureRef structure(PreauUser user, StructureId id) {
        return admins.structure(user, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
