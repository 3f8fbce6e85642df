package org.preau.timeline;

import java.util.Locale;
import java.util.UUID;

import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** Reports review ({@code /admin/timeline/reports}): open reports of one's structures, dismissed or removed. */
@Controller
@RequiresAction(TimelineApplications.MODERATE)
class ReportsController {

    private final Moderation moderation;

    ReportsController(Moderation moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/admin/timeline/reports")
    String page(@AuthenticationPrincipal PreauUser user, Locale locale, Model model) {
        model.addAttribute("reports", moderation.open(user, locale));
        return "timeline/reports";
    }

    @PostMapping("/admin/timeline/reports/{entry}/dismiss")
    String dismiss(@AuthenticationPrincipal PreauUser user, @PathVariable UUID entry) {
        if (!moderation.dismiss(user, entry)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/timeline/reports?dismissed";
    }

    @PostMapping("/admin/timeline/reports/{entry}/remove")
    String remove(@AuthenticationPrincipal PreauUser user, @PathVariable UUID entry) {
        if (!moderation.removeForEveryone(user, entry)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/timeline/reports?removed";
    }
}
