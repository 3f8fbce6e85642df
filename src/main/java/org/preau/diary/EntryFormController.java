package org.preau.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.diary.Attachments.Upload;
import org.preau.diary.DiaryRules.ClassAccess;
import org.preau.diary.DiaryRules.Role;
import org.preau.diary.Entries.Attachment;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.InputLimits;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Teachers write sessions and homework: one form for both kinds ({@code sessions} or
 * {@code homework} in the address), shown again with every error beside its field when
 * refused; entries are also deleted and copied to another class from the book.
 */
@RequiresAction(DiaryApplications.WRITE)
@Controller
class EntryFormController {

    private final Diary diary;
    private final DiaryBook book;
    private final Attachments attachments;
    private final SchoolMornings mornings;
    private final Clock clock;
    private final InputLimits limits;

    EntryFormController(Diary diary, DiaryBook book, Attachments attachments, SchoolMornings mornings, Clock clock,
            InputLimits limits) {
        this.limits = limits;
        this.mornings = mornings;
        this.diary = diary;
        this.book = book;
        this.attachments = attachments;
        this.clock = clock;
    }

    @InitBinder
    void kinds(WebDataBinder binder) {
        binder.registerCustomEditor(EntryKind.class, new EntryKind.Editor());
    }

    @GetMapping("/diary/classes/{classId}/{kind:sessions|homework}/new")
    String blank(@AuthenticationPrincipal PreauUser user, @PathVariable ClassId classId, @PathVariable EntryKind kind,
            @RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String subject,
            Model model) {
        ClassAccess access = teacher(user, classId);
        LocalDate day = Ids.date(date, Times.today(clock));
        String chosen = subject != null && access.writable(subject).isPresent() ? access.writable(subject).get()
                : access.subjects().getFirst();
        return form(model, kind, access, null, EntryForm.blank(day, chosen), Map.of(), List.of());
    }

    @PostMapping("/diary/classes/{classId}/{kind:sessions|homework}")
    String create(@AuthenticationPrincipal PreauUser user, @PathVariable ClassId classId, @PathVariable EntryKind kind,
            @ModelAttribute EntryForm entry, @RequestParam(name = "attachments", required = false)
            @Nullable List<MultipartFile> files, Model model) {
        ClassAccess access = teacher(user, classId);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            List<Upload> uploads = Upload.of(files);
            if (kind == EntryKind.SESSION) {
                var draft = entry.session(access.schoolClass().id(), mornings.chosen(entry, access), errors);
                alsoCheck(() -> Drafts.check(access, draft, limits), errors);
                if (errors.isEmpty()) {
                    diary.createSession(user, draft, uploads);
                    return "redirect:" + bookUrl(access.schoolClass().id(), draft.date()) + "&saved";
                }
            } else {
                var draft = entry.homework(access.schoolClass().id(), mornings.chosen(entry, access), errors);
                alsoCheck(() -> Drafts.check(access, draft, null, Times.today(clock), limits), errors);
                if (errors.isEmpty()) {
                    diary.createHomework(user, draft, uploads);
                    return "redirect:" + bookUrl(access.schoolClass().id(), draft.due()) + "&saved";
                }
            }
        } catch (DiaryRefused refused) {
            if (refused.reason() != DiaryRefused.Reason.INVALID) {
                throw refused;
            }
            refused.errors().forEach(errors::putIfAbsent);
        }
        return form(model, kind, access, null, entry, errors, List.of());
    }

    @GetMapping("/diary/{kind:sessions|homework}/{id}/edit")
    String edit(@AuthenticationPrincipal PreauUser user, @PathVariable EntryKind kind, @PathVariable("id") UUID entryId,
            Model model) {
        if (kind == EntryKind.SESSION) {
            var s = book.session(user, entryId).orElseThrow(DiaryRefused::notFound);
            ownUnsigned(user, s.author(), s.visa() != null);
            return form(model, kind, teacher(user, s.classId()), entryId, EntryForm.of(s), Map.of(), s.attachments());
        }
        var h = book.homework(user, entryId).orElseThrow(DiaryRefused::notFound);
        ownUnsigned(user, h.author(), h.visa() != null);
        return form(model, kind, teacher(user, h.classId()), entryId, EntryForm.of(h), Map.of(), h.attachments());
    }

    @PostMapping("/diary/{kind:sessions|homework}/{id}")
    String update(@AuthenticationPrincipal PreauUser user,
            @PathVariable EntryKind kind, @PathVariable("id") UUID entryId,
            @ModelAttribute EntryForm entry, @RequestParam(name = "attachments", required = false)
            @Nullable List<MultipartFile> files, Model model) {
        boolean session = kind == EntryKind.SESSION;
        ClassId classId = session ? book.session(user, entryId).orElseThrow(DiaryRefused::notFound).classId()
                : book.homework(user, entryId).orElseThrow(DiaryRefused::notFound).classId();
        ClassAccess access = teacher(user, classId);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            List<Upload> uploads = Upload.of(files);
            if (session) {
                var draft = entry.session(classId, mornings.chosen(entry, access), errors);
                if (errors.isEmpty()) {
                    diary.updateSession(user, entryId, draft, uploads);
                    return "redirect:" + bookUrl(classId, draft.date()) + "&saved";
                }
            } else {
                var draft = entry.homework(classId, mornings.chosen(entry, access), errors);
                if (errors.isEmpty()) {
                    diary.updateHomework(user, entryId, draft, uploads);
                    return "redirect:" + bookUrl(classId, draft.due()) + "&saved";
                }
            }
        } catch (DiaryRefused refused) {
            if (refused.reason() != DiaryRefused.Reason.INVALID) {
                throw refused;
            }
            refused.errors().forEach(errors::putIfAbsent);
        }
        return form(model, kind, access, entryId, entry, errors, List.of());
    }

    /** Says what deleting an entry does before it is done (works without JavaScript). */
    @GetMapping("/diary/{kind:sessions|homework}/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PreauUser user,
            @PathVariable EntryKind kind, @PathVariable("id") UUID entryId,
            Model model) {
        if (kind == EntryKind.SESSION) {
            var s = book.session(user, entryId).orElseThrow(DiaryRefused::notFound);
            ownUnsigned(user, s.author(), s.visa() != null);
            return confirmation(model, user, kind, entryId, s.title(), s.subject(), s.classId(), s.date(),
                    s.attachments().size());
        }
        var h = book.homework(user, entryId).orElseThrow(DiaryRefused::notFound);
        ownUnsigned(user, h.author(), h.visa() != null);
        return confirmation(model, user, kind, entryId, h.title(), h.subject(), h.classId(), h.due(),
                h.attachments().size());
    }

    private String confirmation(Model model, PreauUser user, EntryKind kind, UUID entryId, String title, String subject,
            ClassId classId, LocalDate date, int files) {
        model.addAttribute("kind", kind.path());
        model.addAttribute("entryId", entryId);
        model.addAttribute("entryTitle", title);
        model.addAttribute("subject", subject);
        model.addAttribute("className", book.access(user, classId).map(a -> a.schoolClass().name()).orElse(""));
        model.addAttribute("date", date);
        model.addAttribute("files", files);
        model.addAttribute("back", bookUrl(classId, date));
        return "diary/confirm-delete";
    }

    /** Deletes an entry once confirmed; a post without the confirmation goes to the page that asks for it. */
    @PostMapping("/diary/{kind:sessions|homework}/{id}/delete")
    String delete(@AuthenticationPrincipal PreauUser user,
            @PathVariable EntryKind kind, @PathVariable("id") UUID entryId,
            @RequestParam(defaultValue = "false") boolean confirmed) {
        if (kind == EntryKind.SESSION) {
            var s = book.session(user, entryId).orElseThrow(DiaryRefused::notFound);
            if (!confirmed) {
                ownUnsigned(user, s.author(), s.visa() != null);
                return "redirect:/diary/sessions/" + entryId + "/delete";
            }
            diary.deleteSession(user, entryId);
            return "redirect:" + bookUrl(s.classId(), s.date()) + "&deleted";
        }
        var h = book.homework(user, entryId).orElseThrow(DiaryRefused::notFound);
        if (!confirmed) {
            ownUnsigned(user, h.author(), h.visa() != null);
            return "redirect:/diary/homework/" + entryId + "/delete";
        }
        diary.deleteHomework(user, entryId);
        return "redirect:" + bookUrl(h.classId(), h.due()) + "&deleted";
    }

    /** Asks before removing a file from an entry (works without JavaScript). */
    @GetMapping("/diary/{kind:sessions|homework}/{id}/attachments/{file}/remove")
    String confirmRemoval(@AuthenticationPrincipal PreauUser user,
            @PathVariable EntryKind kind, @PathVariable("id") UUID entryId,
            @PathVariable("file") UUID fileId, Model model) {
        List<Attachment> files;
        if (kind == EntryKind.SESSION) {
            var s = book.session(user, entryId).orElseThrow(DiaryRefused::notFound);
            ownUnsigned(user, s.author(), s.visa() != null);
            files = s.attachments();
        } else {
            var h = book.homework(user, entryId).orElseThrow(DiaryRefused::notFound);
            ownUnsigned(user, h.author(), h.visa() != null);
            files = h.attachments();
        }
        model.addAttribute("attachment", files.stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(DiaryRefused::notFound));
        model.addAttribute("kind", kind.path());
        model.addAttribute("entryId", entryId);
        return "diary/remove-attachment";
    }

    @PostMapping("/diary/{kind:sessions|homework}/{id}/attachments/{file}/remove")
    String remove(@AuthenticationPrincipal PreauUser user,
            @PathVariable EntryKind kind, @PathVariable("id") UUID entryId,
            @PathVariable("file") UUID fileId) {
        diary.removeAttachment(user, kind.owner(), entryId, fileId);
        return "redirect:/diary/" + kind.path() + "/" + entryId + "/edit?removed";
    }

    @PostMapping("/diary/{kind:sessions|homework}/{id}/copy")
    String copy(@AuthenticationPrincipal PreauUser user, @PathVariable EntryKind kind, @PathVariable("id") UUID entryId,
            @RequestParam("target") ClassId to) {
        if (kind == EntryKind.SESSION) {
            diary.copySession(user, entryId, to);
            return "redirect:" + bookUrl(to, book.session(user, entryId).orElseThrow().date()) + "&copied";
        }
        diary.copyHomework(user, entryId, to);
        return "redirect:" + bookUrl(to, book.homework(user, entryId).orElseThrow().due()) + "&copied";
    }

    private String form(Model model, EntryKind kind, ClassAccess access, @Nullable UUID id, EntryForm entry,
            Map<String, String> errors, List<Attachment> existing) {
        model.addAttribute("kind", kind.path());
        model.addAttribute("access", access);
        model.addAttribute("entryId", id);
        model.addAttribute("entry", entry);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("maxMegabytes", attachments.maxSize() / (1024 * 1024));
        mornings.offer(model, access, LocaleContextHolder.getLocale());
        return "diary/entry-form";
    }

    private ClassAccess teacher(PreauUser user, ClassId classId) {
        ClassAccess access = book.access(user, classId).orElseThrow(DiaryRefused::notFound);
        if (access.role() != Role.TEACHER) {
            throw access.role() == Role.HEAD ? DiaryRefused.forbidden() : DiaryRefused.notFound();
        }
        return access;
    }

    private static void ownUnsigned(PreauUser user, org.preau.platform.PersonId author, boolean signed) {
        if (!user.personId().equals(author)) {
            throw DiaryRefused.forbidden();
        }
        if (signed) {
            throw DiaryRefused.signed();
        }
    }

    /** With errors in what was typed, the other checks still run: every error is shown at once. */
    private static void alsoCheck(Runnable check, Map<String, String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        try {
            check.run();
        } catch (DiaryRefused refused) {
            refused.errors().forEach(errors::putIfAbsent);
        }
    }

    static String bookUrl(ClassId classId, LocalDate day) {
        return "/diary/classes/" + classId + "?week=" + day;
    }

}
