package org.preau.console;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.identity.AuditLog;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of accounts, for admins: the latest events, by type and person. */
@Controller
@RequiresAction(ConsoleApplications.AUDIT)
class AuditController {

    private final AuditLog audit;
    private final DirectoryAdmin admin;

    AuditController(AuditLog audit, DirectoryAdmin admin) {
        this.audit = audit;
        this.admin = admin;
    }

    @GetMapping("/admin/audit")
    String audit(@AuthenticationPrincipal PreauUser user, @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String person, Model model) {
        if (!admin.isAdmin(user)) {
            throw ConsoleController.notFound();
        }
        AuditLog.Type chosen = null;
        if (type != null && !type.isBlank()) {
            try {
                chosen = AuditLog.Type.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw ConsoleController.notFound();
            }
        }
        PersonId who = person == null || person.isBlank() ? null : new PersonId(ConsoleController.uuid(person));
        model.addAttribute("entries", audit.search(user, chosen, who, 200));
        model.addAttribute("types", AuditLog.Type.values());
        model.addAttribute("type", chosen);
        return "console/audit";
    }
}
