package org.preau.messaging;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's own folders: create (inside another, three levels at most), rename, delete. */
@RequiresAction(MessagingApplications.READ)
@Controller
class FoldersController {

    private final Folders folders;
    private final Mailbox mailbox;

    FoldersController(Folders folders, Mailbox mailbox) {
        this.folders = folders;
        this.mailbox = mailbox;
    }

    @GetMapping("/messages/folders")
    String page(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("counts", mailbox.counts(user));
        model.addAttribute("maxDepth", Folders.MAX_DEPTH);
        return "messaging/folders";
    }

    @PostMapping("/messages/folders")
    String create(@AuthenticationPrincipal PreauUser user, @RequestParam String name,
            @RequestParam(required = false) @Nullable UUID parent) {
        UUID id = folders.create(user, parent, name);
        return "redirect:/messages?f=" + id + "&created";
    }

    @PostMapping("/messages/folders/{id}/rename")
    String rename(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, @RequestParam String name) {
        folders.rename(user, id, name);
        return "redirect:/messages/folders?renamed";
    }

    @PostMapping("/messages/folders/{id}/delete")
    String delete(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        folders.delete(user, id);
        return "redirect:/messages/folders?deleted";
    }
}
