package org.preau.console;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.directory.AdminViews.LetterRecipient;
import org.preau.directory.DirectoryAdmin;
import org.preau.identity.ActivationCodes;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;


import jakarta.servlet.http.HttpServletResponse;

/**
 * Printable activation letters for a class's pupils and their parents. Codes are issued
 * anew at each print (older ones stop working) and shown only on this page, never stored in clear.
 */
@Controller
@RequiresAction(ConsoleApplications.MANAGE_PEOPLE)
class ActivationLettersController {

    /** One letter: who it is for, and the code that activates their account. */
    record PrintedLetter(LetterRecipient recipient, ActivationCodes.Letter letter) {
    }

    private final DirectoryAdmin admin;
    private final ActivationCodes codes;
    private final MessageSource messages;

    ActivationLettersController(DirectoryAdmin admin, ActivationCodes codes, MessageSource messages) {
        this.messages = messages;
        this.admin = admin;
        this.codes = codes;
    }

    @PostMapping("/admin/classes/{id}/letters")
    String letters(@AuthenticationPrincipal PreauUser user, @PathVariable("id") ClassId classId,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, HttpServletResponse response,
            Locale locale) {
        var classRef = admin.administeredClass(user, classId).orElseThrow(ConsoleController::notFound);
        List<LetterRecipient> recipients = admin.letterRecipients(user, classId);
        if (!confirmed) {
            // first what will happen (how many codes, the old ones void), then the same form with confirmed=true
            int pending = codes.notActivated(recipients.stream().map(LetterRecipient::id).distinct().toList());
            model.addAttribute("confirmTitle", messages.getMessage("letters.confirm.title", new Object[] {classRef.name()}, locale));
            model.addAttribute("what", messages.getMessage("letters.confirm.what", new Object[] {pending}, locale));
            model.addAttribute("confirm", messages.getMessage("letters.confirm.button", null, locale));
            model.addAttribute("action", "/admin/classes/" + classId + "/letters");
            model.addAttribute("back", "/admin/structures/" + classRef.structure().id());
            return "console/confirm";
        }
        Map<PersonId, ActivationCodes.Letter> issued = new HashMap<>();
        codes.issue(recipients.stream().map(LetterRecipient::id).distinct().toList())
                .forEach(letter -> issued.put(letter.person(), letter));
        model.addAttribute("classRef", classRef);
        model.addAttribute("letters", recipients.stream().filter(r -> issued.containsKey(r.id()))
                .map(r -> new PrintedLetter(r, issued.remove(r.id()))).toList());
        model.addAttribute("baseUrl", codes.letterAddress());
        response.setHeader("Cache-Control", "no-store");
        return "console/letters";
    }
}
