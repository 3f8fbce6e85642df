package org.preau.console;

import org.jspecify.annotations.Nullable;
import org.preau.access.AccessAudit;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryAdmin;
import org.preau.identity.AuditLog;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for admins: the latest events of accounts, by type and person, and the latest
 * changes to the access model (roles, rights, communication rules, kill switch, shares), by kind
 * and structure.
 */
@Controller
@RequiresAction(ConsoleApplications.AUDIT)
class AuditController {

    private final AuditLog audit;
    private final DirectoryAdmin admin;
    private final AccessAudit accessAudit;
    private final Directory directory;

    AuditController(AuditLog audit, DirectoryAdmin admin, AccessAudit accessAudit, Directory directory) {
        this.directory = directory;
        this.audit = audit;
        this.admin = admin;
        this.accessAudit = accessAudit;
    }

    @GetMapping("/admin/audit")
    String audit(@AuthenticationPrincipal PreauUser user, @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable PersonId person, @RequestParam(required = false) @Nullable String change,
            @RequestParam(required = false) @Nullable StructureId structure, Model model) {
        if (!admin.isAdmin(user)) {
            throw ConsoleController.notFound();
        }
        AuditLog.Type chosen = choice(AuditLog.Type.class, type);
        var entries = audit.search(user, chosen, person, 200);
        model.addAttribute("entries", entries);
        model.addAttribute("types", AuditLog.Type.values());
        model.addAttribute("type", chosen);
        var accessEntries = accessChanges(user, change, structure, model);
        // people are named (a deleted person, whom the directory no longer knows, is said so)
        var people = new java.util.HashSet<PersonId>();
        entries.forEach(e -> people.add(e.person()));
        accessEntries.forEach(e -> people.add(e.actor()));
        people.remove(null);
        model.addAttribute("names", directory.displayNames(people));
        return "console/audit";
    }

    private java.util.List<AccessAudit.Entry> accessChanges(PreauUser user, @Nullable String change, @Nullable StructureId where, Model model) {
        AccessAudit.Change kind = choice(AccessAudit.Change.class, change);
        var structures = admin.structures(user);
        java.util.Map<StructureId, String> names = new java.util.HashMap<>();
        structures.forEach(s -> names.put(s.id(), s.name()));
        model.addAttribute("changes", AccessAudit.Change.values());
        model.addAttribute("change", kind);
        model.addAttribute("structures", structures);
        model.addAttribute("structure", where);
        model.addAttribute("structureNames", names);
        var entries = accessAudit.search(user, kind, where, 200);
        model.addAttribute("accessEntries", entries);
        return entries;
    }

    /** The value a filter chose, null for "any"; an unknown value is a 404. */
    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ConsoleController.notFound();
        }
    }
}
