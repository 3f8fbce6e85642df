package org.preau.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.preau.directory.AdminViews.LetterRecipient;
import org.preau.directory.DirectoryAdmin;
import org.preau.identity.ActivationCodes;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

    ActivationLettersController(DirectoryAdmin admin, ActivationCodes codes) {
        this.admin = admin;
        this.codes = codes;
    }

    @PostMapping("/admin/classes/{id}/letters")
    String letters(@AuthenticationPrincipal PreauUser user, @PathVariable String id, Model model,
            HttpServletResponse response) {
        ClassId classId = new ClassId(ConsoleController.uuid(id));
        var classRef = admin.administeredClass(user, classId).orElseThrow(ConsoleController::notFound);
        List<LetterRecipient> recipients = admin.letterRecipients(user, classId);
        Map<PersonId, ActivationCodes.Letter> issued = new HashMap<>();
        codes.issue(recipients.stream().map(LetterRecipient::id).distinct().toList())
                .forEach(letter -> issued.put(letter.person(), letter));
        model.addAttribute("classRef", classRef);
        model.addAttribute("letters", recipients.stream().filter(r -> issued.containsKey(r.id()))
                .map(r -> new PrintedLetter(r, issued.remove(r.id()))).toList());
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        response.setHeader("Cache-Control", "no-store");
        return "console/letters";
    }
}
