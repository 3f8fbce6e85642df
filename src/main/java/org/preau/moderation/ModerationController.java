package org.preau.moderation;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.moderation.Reports.Decision;
import org.preau.moderation.Reports.Outcome;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
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
 * The moderation queue ({@code /moderation}): the reports of the structures one moderates, open or
 * closed, one report with its evidence and history, and the decisions. Whoever moderates nothing
 * gets a 403; a report one does not moderate is not found.
 */
@Controller
@AnyAuthenticated
class ModerationController {

    private final Reports reports;

    ModerationController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/moderation")
    String queue(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "OPEN") String state,
            @RequestParam(required = false) @Nullable String type, Model model) {
        moderator(user);
        String shown = "CLOSED".equals(state) ? "CLOSED" : "OPEN";
        String filter = type != null && reports.types().contains(type) ? type : null;
        model.addAttribute("items", reports.queue(user, shown, filter)).addAttribute("state", shown)
                .addAttribute("type", filter).addAttribute("types", reports.types().stream().sorted().toList());
        return "moderation/queue";
    }

    @GetMapping("/moderation/reports/{id}")
    String report(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Model model) {
        var detail = reports.detail(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var reason = ReportReason.read(detail.item().reason());
        model.addAttribute("report", detail).addAttribute("reasonLabel", reason.labelKey())
                .addAttribute("reasonDetails", reason.details());
        return "moderation/detail";
    }

    @PostMapping("/moderation/reports/{id}/neutralize")
    String neutralize(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        return decide(user, id, Decision.NEUTRALIZE);
    }

    @PostMapping("/moderation/reports/{id}/restore")
    String restore(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        return decide(user, id, Decision.RESTORE);
    }

    @PostMapping("/moderation/reports/{id}/dismiss")
    String dismiss(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        return decide(user, id, Decision.DISMISS);
    }

    /** Back to the report, saying what was done, or that the decision no longer applied. */
    private String decide(PreauUser user, UUID id, Decision chosen) {
        Outcome outcome = reports.decide(user, id, chosen);
        if (outcome == Outcome.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String done = outcome == Outcome.DONE ? chosen.recorded.toLowerCase(Locale.ROOT) : "conflict";
        return "redirect:/moderation/reports/" + id + "?" + done;
    }

    private void moderator(PreauUser user) {
        if (!reports.moderates(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
