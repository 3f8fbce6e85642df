package org.preau.messaging;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.BoxRepository.Box;
import org.preau.messaging.MessageViews.Folder;
import org.preau.platform.PreauUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The boxes: a folder's messages, search, a conversation, and what one does with a message. */
@RequiresAction(MessagingApplications.READ)
@Controller
class MailboxController {

    static final int PAGE = 50;

    private final Mailbox mailbox;
    private final Folders folders;
    private final Sending sending;
    private final MessagingSettings settings;
    private final MessageModeration moderation;

    MailboxController(Mailbox mailbox, Folders folders, Sending sending, MessagingSettings settings,
            MessageModeration moderation) {
        this.mailbox = mailbox;
        this.folders = folders;
        this.sending = sending;
        this.settings = settings;
        this.moderation = moderation;
    }

    @GetMapping("/messages")
    String box(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "INBOX") Folder folder,
            @RequestParam(name = "f", required = false) @Nullable UUID folderId,
            @RequestParam(required = false) @Nullable String cursor, @RequestParam(required = false) @Nullable String q,
            @RequestHeader(name = "HX-Target", required = false) @Nullable String target, Model model) {
        model.addAttribute("counts", mailbox.counts(user));
        model.addAttribute("folder", folderId == null ? folder : null);
        model.addAttribute("personal", folderId == null ? null : folders.folders(user).stream()
                .filter(f -> f.id().equals(folderId)).findFirst().orElseThrow(MessagingProblem::notFound));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("trashDays", folder == Folder.TRASH ? settings.current().trashDays() : 0);
        if (q != null && !q.isBlank()) {
            model.addAttribute("lines", mailbox.search(user, q, PAGE));
            model.addAttribute("next", null);
            model.addAttribute("searching", true);
        } else {
            var page = mailbox.list(user, new Box(folderId == null ? folder : Folder.INBOX, folderId), cursor, PAGE);
            model.addAttribute("lines", page.items());
            model.addAttribute("next", page.next());
            model.addAttribute("searching", false);
        }
        return "lines".equals(target) ? "messaging/mailbox :: lines" : "messaging/mailbox";
    }

    @GetMapping("/messages/{id}")
    String message(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Model model) {
        var detail = mailbox.detail(user, id).orElseThrow(MessagingProblem::notFound);
        if (detail.own() && (detail.state() == MessageViews.State.DRAFT
                || detail.state() == MessageViews.State.SCHEDULED) && !detail.trashed()) {
            return "redirect:/messages/drafts/" + id;
        }
        var thread = mailbox.thread(user, id);
        model.addAttribute("thread", thread);
        model.addAttribute("selected", thread.stream().filter(m -> m.id().equals(id)).findFirst().orElse(detail));
        model.addAttribute("current", id);
        model.addAttribute("neutralized", detail.own() && moderation.neutralized(id));
        model.addAttribute("counts", mailbox.counts(user));
        model.addAttribute("recallUntil", detail.own() && detail.state() == MessageViews.State.SENT
                ? detail.date().plus(Sending.RECALL_WINDOW) : null);
        return "messaging/message";
    }

    @PostMapping("/messages/{id}/unread")
    String unread(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        mailbox.markUnread(user, id);
        return "redirect:/messages";
    }

    @PostMapping("/messages/{id}/trash")
    String trash(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        mailbox.trash(user, id);
        return "redirect:/messages?trashed";
    }

    @PostMapping("/messages/{id}/restore")
    String restore(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        mailbox.restore(user, id);
        return "redirect:/messages?folder=TRASH&restored";
    }

    @PostMapping("/messages/{id}/delete")
    String delete(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        if (mailbox.emptyTrash(user, id) == 0) {
            throw MessagingProblem.notFound();
        }
        return "redirect:/messages?folder=TRASH&deleted";
    }

    @PostMapping("/messages/trash/empty")
    String emptyTrash(@AuthenticationPrincipal PreauUser user) {
        mailbox.emptyTrash(user, null);
        return "redirect:/messages?folder=TRASH&emptied";
    }

    @PostMapping("/messages/{id}/move")
    String move(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id,
            @RequestParam(name = "folder", required = false) @Nullable UUID target) {
        mailbox.move(user, id, target);
        return target == null ? "redirect:/messages/" + id + "?moved" : "redirect:/messages?f=" + target + "&moved";
    }

    @RequiresAction(MessagingApplications.SEND)
    @PostMapping("/messages/{id}/recall")
    String recall(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        sending.recall(user, id);
        return "redirect:/messages/" + id + "?recalled";
    }
}
