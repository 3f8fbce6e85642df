package org.preau.moderation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Signaler": the form that reports a content (its type and id in the address, a reason to choose
 * and details to add), then back to the page it came from with a confirmation. What the person
 * may not see is not found.
 */
@Controller
@AnyAuthenticated
class ReportFormController {

    private static final Logger log = LoggerFactory.getLogger(ReportFormController.class);
    /** What the details may hold: the reason's code and its separator take the rest of {@link Reports#MAX_REASON}. */
    private static final int MAX_DETAILS = Reports.MAX_REASON - 20;

    private final Reports reports;

    ReportFormController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/new")
    String form(@RequestParam String type, @RequestParam UUID id, @RequestParam(required = false) @Nullable String back,
            Model model) {
        if (!reports.types().contains(type)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return page(model, type, id, back);
    }

    /** The form, for {@code type} and {@code id}, with the reasons to choose from. */
    private static String page(Model model, String type, UUID id, @Nullable String back) {
        model.addAttribute("type", type).addAttribute("id", id).addAttribute("back", safe(back))
                .addAttribute("reasons", ReportReason.values()).addAttribute("maxReason", MAX_DETAILS);
        return "moderation/report";
    }

    @PostMapping("/reports")
    String report(@AuthenticationPrincipal PreauUser user, @RequestParam String type, @RequestParam UUID id,
            @RequestParam(required = false) @Nullable String reason, @RequestParam(required = false) @Nullable String details,
            @RequestParam(required = false) @Nullable String back, Model model) {
        var chosen = ReportReason.parse(reason);
        String more = details == null ? "" : details.strip();
        if (chosen.isEmpty() || more.length() > MAX_DETAILS) {
            log.info("Report form refused for {}: {}", user.personId(), chosen.isEmpty() ? "no reason" : "too long");
            model.addAttribute("chosen", chosen.orElse(null)).addAttribute("details", more)
                    .addAttribute("error", chosen.isEmpty() ? "moderation.form.reasonMissing"
                            : "moderation.form.detailsTooLong");
            return page(model, type, id, back);
        }
        if (reports.report(user, type, id, chosen.get().keep(more)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String to = safe(back);
        return "redirect:" + (to == null ? "/?reported" : to + (to.contains("?") ? "&" : "?") + "reported");
    }

    /** A path of Préau to go back to, or null: never another site. */
    static @Nullable String safe(@Nullable String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return null;
        }
        return back;
    }
}
