package org.preau.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageViews.Detail;
import org.preau.messaging.MessageViews.Recipient;
import org.preau.messaging.MessageViews.State;
import org.preau.platform.PreauUser;
import org.preau.platform.web.InputLimits;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writing: a new message, a draft or a scheduled message in the editor; one form whose buttons
 * save, attach, send (with a confirmation above 100 people) or cancel a schedule, and whose
 * recipient picker works without JavaScript (the page comes back with the results).
 */
@RequiresAction(MessagingApplications.SEND)
@Controller
class ComposeController {

    private final Sending sending;
    private final Replies replies;
    private final Attachments attachments;
    private final Mailbox mailbox;
    private final ComposeView view;
    private final DeferredSend deferred;
    private final InputLimits limits;

    ComposeController(Sending sending, Replies replies, Attachments attachments, Mailbox mailbox, ComposeView view,
            DeferredSend deferred, InputLimits limits) {
        this.limits = limits;
        this.deferred = deferred;
        this.sending = sending;
        this.replies = replies;
        this.attachments = attachments;
        this.mailbox = mailbox;
        this.view = view;
    }

    @GetMapping("/messages/new")
    String create(@AuthenticationPrincipal PreauUser user, @RequestParam(required = false) @Nullable String to,
            Model model) {
        var form = new ComposeForm();
        if (to != null && !to.isBlank()) {
            form.setTo(List.of(to));
        }
        return page(user, form, model);
    }

    @GetMapping("/messages/drafts/{id}")
    String draft(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Model model) {
        Detail d = mailbox.detail(user, id).filter(m -> m.own()
                && (m.state() == State.DRAFT || m.state() == State.SCHEDULED)).orElseThrow(MessagingProblem::notFound);
        var form = new ComposeForm();
        form.setId(id);
        form.setTo(d.to().stream().map(Recipient::id).toList());
        form.setCc(d.cc().stream().map(Recipient::id).toList());
        form.setBcc(d.bcc().stream().map(Recipient::id).toList());
        form.setSubject(d.subject());
        form.setBody(d.body());
        form.setFormat("html");
        if (d.sendAt() != null) {
            form.setSendAt(d.sendAt().atZone(org.preau.platform.PeopleTime.ZONE).toLocalDateTime().toString());
        }
        return page(user, form, model);
    }

    @PostMapping("/messages/{id}/reply")
    String reply(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean all) {
        return "redirect:/messages/drafts/" + replies.reply(user, id, all);
    }

    @PostMapping("/messages/{id}/forward")
    String forward(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        return "redirect:/messages/drafts/" + replies.forward(user, id);
    }

    @PostMapping("/messages/compose")
    String submit(@AuthenticationPrincipal PreauUser user, @ModelAttribute("form") ComposeForm form,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(name = "removeFile", required = false) @Nullable UUID removeFile, Model model,
            HttpServletResponse response) {
        try {
            List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
            if (!chosen.isEmpty() || removeFile != null) {
                form.setId(sending.saveDraft(user, form.target(), form.compose(), form.keyed()));
                for (MultipartFile file : chosen) {
                    attachments.attach(user, form.getId(), upload(file));
                }
                if (removeFile != null) {
                    attachments.detach(user, form.getId(), removeFile);
                }
            }
            if (form.applyPicker() || "search".equals(action)) {
                return page(user, form, model);
            }
            if ("deferred".equals(action)) {
                deferred.nextMorning(user).ifPresent(at -> form.setSendAt(
                        at.atZone(org.preau.platform.PeopleTime.ZONE).toLocalDateTime().toString()));
                action = "send";
            }
            return switch (action) {
                case "send", "confirm" -> {
                    var sent = sending.send(user, form.target(), form.compose(), "confirm".equals(action), form.keyed());
                    yield "redirect:/messages?folder=SENT&" + switch (sent.state()) {
                        case SCHEDULED -> "scheduled";
                        case HELD -> "held";
                        default -> "sent";
                    };
                }
                case "unschedule" -> {
                    sending.cancelSchedule(user, form.getId() == null ? UUID.randomUUID() : form.getId());
                    yield "redirect:/messages/drafts/" + form.getId() + "?unscheduled";
                }
                default -> {
                    if (form.blank() && chosen.isEmpty()) {
                        yield page(user, form, model);
                    }
                    UUID id = sending.saveDraft(user, form.target(), form.compose(), form.keyed());
                    yield "redirect:/messages/drafts/" + id + (chosen.isEmpty() ? "?saved" : "?attached");
                }
            };
        } catch (MessagingProblem problem) {
            if (problem.reason() == MessagingProblem.Reason.NOT_FOUND) {
                throw problem;
            }
            response.setStatus(HttpStatus.valueOf(problem.reason().status()).value());
            if (problem.retryAfter() != null) {
                response.setHeader("Retry-After", String.valueOf(problem.retryAfter()));
            }
            model.addAttribute("problem", problem);
            return page(user, form, model);
        }
    }

    /** Saves the draft as the person types (htmx); answers a status line and, the first time, the draft's id. */
    @PostMapping("/messages/compose/autosave")
    String autosave(@AuthenticationPrincipal PreauUser user, @ModelAttribute("form") ComposeForm form, Model model) {
        if (!form.blank()) {
            try {
                form.setId(sending.saveDraft(user, form.target(), form.compose(), form.keyed()));
                model.addAttribute("autosaved", true);
            } catch (MessagingProblem problem) {
                model.addAttribute("autosaved", false);
            }
        }
        model.addAttribute("form", form);
        return "messaging/compose :: autosaved";
    }

    /** Adds or removes a recipient (htmx): answers the recipients with their names and sizes. */
    @PostMapping("/messages/compose/picker")
    String picker(@AuthenticationPrincipal PreauUser user, @ModelAttribute("form") ComposeForm form, Model model) {
        form.applyPicker();
        view.fill(user, form, model);
        return "messaging/compose :: recipients";
    }

    /** The recipient picker's results as the person types (htmx). */
    @GetMapping("/messages/recipients")
    String recipients(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("hits", q.strip().length() >= 2 ? view.hits(user, q) : List.of());
        model.addAttribute("form", new ComposeForm());
        model.addAttribute("searched", q.strip().length() >= 2);
        return "messaging/compose :: hits";
    }

    private String page(PreauUser user, ComposeForm form, Model model) {
        if (limits.tooLong(form.getBody())) {
            // never sanitized: the page says the text is too long (TOO_LONG) and does not echo it
            form.setBody("");
            form.setFormat("text");
        }
        if ("html".equals(form.getFormat())) {
            String html = BodyHtml.sanitize(form.getBody());
            model.addAttribute("bodyHtml", html);
            form.setBody(BodyHtml.toText(html));
            form.setFormat("text");
        }
        if (form.getId() == null && form.getKey() == null) {
            form.setKey(UUID.randomUUID());
        }
        model.addAttribute("searched", form.getQ().strip().length() >= 2);
        view.fill(user, form, model);
        return "messaging/compose";
    }

    private static Attachments.Upload upload(MultipartFile file) {
        return new Attachments.Upload() {
            @Override
            public String name() {
                return file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
            }

            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
