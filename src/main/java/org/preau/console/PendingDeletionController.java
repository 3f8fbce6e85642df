package org.preau.console;

import java.util.Locale;

import org.preau.directory.DirectoryAdmin;
import org.preau.identity.AuditLog;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.web.RequiresAction;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Supprimer maintenant": an admin deletes for good a person who left the register, without
 * waiting for the end of the retention period; a confirmation page first says what goes.
 */
@Controller
class PendingDeletionController {

    private final DirectoryAdmin admin;
    private final AuditLog audit;
    private final MessageSource messages;

    PendingDeletionController(DirectoryAdmin admin, AuditLog audit, MessageSource messages) {
        this.admin = admin;
        this.audit = audit;
        this.messages = messages;
    }

    @PostMapping("/admin/structures/{id}/pending/{person}/delete")
    @RequiresAction(value = ConsoleApplications.MANAGE_PEOPLE, structure = "id")
    String delete(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure,
            @PathVariable("person") PersonId personId, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
            Locale locale) {
        String back = "/admin/structures/" + structure + "/pending";
        var pending = admin.pendingDeletion(user, structure).stream().filter(p -> p.id().equals(personId)).findFirst()
                .orElseThrow(ConsoleController::notFound);
        if (!confirmed) {
            String name = pending.displayName();
            model.addAttribute("confirmTitle", messages.getMessage("console.pending.delete.title", new Object[] {name}, locale));
            model.addAttribute("what", messages.getMessage("console.pending.delete.what", new Object[] {name}, locale));
            model.addAttribute("confirm", messages.getMessage("console.pending.delete", null, locale));
            model.addAttribute("action", back + "/" + personId + "/delete");
            model.addAttribute("back", back);
            return "console/confirm";
        }
        // recorded first: the person's audit rows are pseudonymised once every module forgot them
        audit.record(AuditLog.Type.PERSON_DELETED, personId, user.personId(), null);
        if (!admin.deleteNow(user, structure, personId)) {
            throw ConsoleController.notFound();
        }
        return "redirect:" + back + "?deleted";
    }
}
