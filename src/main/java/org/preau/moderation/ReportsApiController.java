package org.preau.moderation;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.moderation.Reports.Decision;
import org.preau.moderation.Reports.Item;
import org.preau.moderation.Reports.Outcome;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reports and moderators' decisions (API.md): anyone reports what they see; moderators list and decide. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "moderation", description = "Reports of content and moderation decisions")
class ReportsApiController {

    record NewReport(@Nullable String type, @Nullable String id, @Nullable String reason) {
    }

    record Created(String id) {
    }

    record ReportJson(String id, String type, String target, String reason, OffsetDateTime reportedAt, String state,
            @Nullable String decision, @Nullable String structure) {
    }

    record Page(List<ReportJson> items, @Nullable String next) {
    }

    private final Reports reports;
    private final MessageSource messages;

    ReportsApiController(Reports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @AnyAuthenticated
    @PostMapping
    @Operation(summary = "Reports a content the caller can see: {type, id, reason}; 201 {id}; 404 when not seen")
    ResponseEntity<Created> report(@AuthenticationPrincipal PreauUser user, @RequestBody NewReport body) {
        String type = body.type() == null ? "" : body.type().strip();
        String reason = body.reason() == null ? "" : body.reason().strip();
        if (!reports.types().contains(type)) {
            throw invalid("type", "moderation.problem.type");
        }
        if (reason.isEmpty() || reason.length() > Reports.MAX_REASON) {
            throw invalid("reason", "moderation.problem.reason", Reports.MAX_REASON);
        }
        UUID target = parse(body.id()).orElseThrow(ApiProblem::notFound);
        UUID id = reports.report(user, type, target, reason).orElseThrow(ApiProblem::notFound);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(new Created(id.toString()));
    }

    @AnyAuthenticated
    @GetMapping
    @Operation(summary = "Moderators: the reports of their structures, OPEN (default) or CLOSED, newest first")
    Page list(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "OPEN") String state,
            @RequestParam(required = false) @Nullable String type) {
        if (!reports.moderates(user)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "moderation.problem.notModerator");
        }
        if (!"OPEN".equals(state) && !"CLOSED".equals(state)) {
            throw invalid("state", "moderation.problem.state");
        }
        return new Page(reports.queue(user, state, type).stream().map(ReportsApiController::json).toList(), null);
    }

    @AnyAuthenticated
    @PostMapping("/{id}/neutralize")
    @Operation(summary = "Neutralizes the reported content: it disappears for every reader at once")
    ReportJson neutralize(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        return decide(user, id, Decision.NEUTRALIZE);
    }

    @AnyAuthenticated
    @PostMapping("/{id}/restore")
    @Operation(summary = "Shows a neutralized content again")
    ReportJson restore(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        return decide(user, id, Decision.RESTORE);
    }

    @AnyAuthenticated
    @PostMapping("/{id}/dismiss")
    @Operation(summary = "Closes the reports of the content, leaving it as it is")
    ReportJson dismiss(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        return decide(user, id, Decision.DISMISS);
    }

    private ReportJson decide(PreauUser user, UUID id, Decision decision) {
        Outcome outcome = reports.decide(user, id, decision);
        if (outcome == Outcome.NOT_FOUND) {
            throw ApiProblem.notFound();
        }
        if (outcome == Outcome.CONFLICT) {
            throw new ApiProblem(HttpStatus.CONFLICT, "moderation.problem.conflict");
        }
        return reports.detail(user, id).map(d -> json(d.item())).orElseThrow(ApiProblem::notFound);
    }

    private static ReportJson json(Item item) {
        return new ReportJson(item.id().toString(), item.type(), item.target().toString(), item.reason(),
                item.reportedAt().atOffset(ZoneOffset.UTC), item.state(), item.decision(),
                item.structure() == null ? null : item.structure().toString());
    }

    /** A 400 naming the field, its message in the caller's language. */
    private ApiProblem invalid(String field, String key, Object... arguments) {
        String message = messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
        return new ApiProblem(HttpStatus.BAD_REQUEST, key, Map.of("errors", List.of(Map.of("field", field,
                "message", message))), arguments);
    }

    private static java.util.Optional<UUID> parse(@Nullable String id) {
        try {
            return id == null ? java.util.Optional.empty() : java.util.Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
