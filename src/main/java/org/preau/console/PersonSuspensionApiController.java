package org.preau.console;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.identity.AuditLog;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.ApiProblem;
import org.preau.platform.web.RequiresAction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Suspending an account (API.md): a suspended person cannot log in, their sessions and tokens end,
 * their scheduled messages are held; an admin of every structure of the person (or a central admin)
 * may, as for every other admin action on a person. Audited as a block or an unblock.
 */
@RestController
@RequiresAction(ConsoleApplications.MANAGE_PEOPLE)
@Tag(name = "console", description = "Administration of people")
class PersonSuspensionApiController {

    /** The longest reason kept. */
    static final int MAX_REASON = 500;

    record Suspension(@Nullable String reason) {
    }

    record State(String id, String state, @Nullable String reason) {
    }

    private final DirectoryAdmin admin;
    private final AuditLog audit;
    private final MessageSource messages;

    PersonSuspensionApiController(DirectoryAdmin admin, AuditLog audit, MessageSource messages) {
        this.admin = admin;
        this.audit = audit;
        this.messages = messages;
    }

    @PostMapping("/api/v1/admin/persons/{id}/suspend")
    @Operation(summary = "Suspends a person: {reason}; their sessions and tokens end, their scheduled messages are held")
    State suspend(@AuthenticationPrincipal PreauUser user, @PathVariable PersonId id,
            @RequestBody(required = false) @Nullable Suspension body) {
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            String message = messages.getMessage("console.suspend.reason", new Object[] { MAX_REASON },
                    LocaleContextHolder.getLocale());
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "console.suspend.reason",
                    Map.of("errors", List.of(Map.of("field", "reason", "message", message))), MAX_REASON);
        }
        act(user, id, true, reason);
        return new State(id.toString(), "SUSPENDED", reason);
    }

    @PostMapping("/api/v1/admin/persons/{id}/unsuspend")
    @Operation(summary = "Reinstates a suspended person: they may log in again")
    State unsuspend(@AuthenticationPrincipal PreauUser user, @PathVariable PersonId id) {
        act(user, id, false, null);
        return new State(id.toString(), "ACTIVE", null);
    }

    private void act(PreauUser user, PersonId id, boolean suspend, @Nullable String reason) {
        if (!admin.administers(user, id)) {
            throw ApiProblem.notFound();
        }
        if (!admin.setBlocked(user, id, suspend, reason)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "console.notYoursToAct");
        }
        audit.record(suspend ? AuditLog.Type.ACCOUNT_BLOCKED : AuditLog.Type.ACCOUNT_UNBLOCKED, id, user.personId(),
                null);
    }
}
