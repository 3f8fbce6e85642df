package org.preau.console;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.Profile;
import org.preau.feeding.ImportRefused;
import org.preau.feeding.ImportViews;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.Imports;
import org.preau.platform.PeopleTime;
import org.preau.platform.PreauUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Imports in the console: upload, follow the dry run, read the report, apply, history. */
@Controller
@RequiresAction(ConsoleApplications.IMPORTS)
class ImportsPageController {

    private final Imports imports;
    private final DirectoryAdmin admin;
    private final MessageSource messages;

    ImportsPageController(Imports imports, DirectoryAdmin admin, MessageSource messages) {
        this.imports = imports;
        this.admin = admin;
        this.messages = messages;
    }

    @GetMapping("/admin/imports")
    String list(@AuthenticationPrincipal PreauUser user, Model model) {
        if (!admin.isAdmin(user)) {
            throw ConsoleController.notFound();
        }
        model.addAttribute("history", imports.history(user));
        model.addAttribute("structures", admin.structures(user));
        model.addAttribute("profiles", List.of(Profile.STUDENT, Profile.TEACHER, Profile.RELATIVE, Profile.PERSONNEL));
        model.addAttribute("central", user.hasRole("CENTRAL_ADMIN"));
        return "console/imports";
    }

    @PostMapping("/admin/imports")
    String start(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "CSV") Kind kind,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(required = false) @Nullable String structure,
            @RequestParam(required = false) @Nullable String profile, RedirectAttributes redirect) {
        try {
            var view = imports.start(user, new Imports.StartImport(kind,
                    files == null ? List.of() : Imports.Upload.of(files), structure, profile, null));
            return "redirect:/admin/imports/" + view.id();
        } catch (ImportRefused e) {
            if (e.reason() == ImportRefused.Reason.NOT_FOUND) {
                throw ConsoleController.notFound();
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args().toArray());
            return "redirect:/admin/imports";
        }
    }

    @GetMapping("/admin/imports/{id}")
    String report(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Model model,
            @RequestHeader(name = "HX-Target", required = false) @Nullable String target,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String group,
            @RequestParam(defaultValue = "1") int page, Locale locale) {
        var view = imports.find(user, id).orElseThrow(ConsoleController::notFound);
        model.addAttribute("imp", view);
        if (view.report() != null) {
            model.addAttribute("details", ImportReportPage.of(view.report(), messages, locale, q, group, page));
        }
        return "report".equals(target) ? "console/import :: report" : "console/import";
    }

    /** The rejected lines and warnings as a CSV file, in the reader's language (opens in a spreadsheet). */
    @GetMapping("/admin/imports/{id}/report.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Locale locale) {
        var view = imports.find(user, id).orElseThrow(ConsoleController::notFound);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", List.of(messages.getMessage("import.type", null, locale),
                messages.getMessage("import.file", null, locale), messages.getMessage("import.line", null, locale),
                messages.getMessage("import.field", null, locale), messages.getMessage("import.reason", null, locale))))
                .append("\r\n");
        if (view.report() != null) {
            String rejected = messages.getMessage("import.type.rejected", null, locale);
            String warning = messages.getMessage("import.type.warning", null, locale);
            view.report().rejected().forEach(l -> csvRow(csv, rejected, ImportReportPage.row(l, messages, locale)));
            view.report().warnings().forEach(l -> csvRow(csv, warning, ImportReportPage.row(l, messages, locale)));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("import-" + view.createdAt().atZone(PeopleTime.ZONE).toLocalDate() + ".csv").build()
                        .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void csvRow(StringBuilder csv, String type, ImportReportPage.Row row) {
        csv.append(String.join(";", List.of(cell(type), cell(row.file()), cell(row.line()), cell(row.field()),
                cell(row.text())))).append("\r\n");
    }

    /** Quoted; a cell a spreadsheet would read as a formula starts with an apostrophe. */
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /** What applying will do, in numbers, with the button that does it: the confirmation works without script. */
    @GetMapping("/admin/imports/{id}/confirm")
    String confirm(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Model model) {
        var view = imports.find(user, id).orElseThrow(ConsoleController::notFound);
        if (view.status() != ImportViews.Status.READY || view.report() == null) {
            return "redirect:/admin/imports/" + view.id();
        }
        model.addAttribute("imp", view);
        return "console/import-confirm";
    }

    @PostMapping("/admin/imports/{id}/apply")
    String apply(@AuthenticationPrincipal PreauUser user, @PathVariable("id") UUID importId,
            @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed) {
            return "redirect:/admin/imports/" + importId + "/confirm";
        }
        return backToImport(importId, redirect, () -> imports.apply(user, importId));
    }

    /** Runs again an interrupted or failed import (the button shows on its page). */
    @PostMapping("/admin/imports/{id}/resume")
    String resume(@AuthenticationPrincipal PreauUser user, @PathVariable("id") UUID importId,
            RedirectAttributes redirect) {
        return backToImport(importId, redirect, () -> imports.resume(user, importId));
    }

    /** Runs an action on an import, then goes back to its page, saying why if it was refused. */
    private static String backToImport(UUID importId, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (ImportRefused e) {
            if (e.reason() == ImportRefused.Reason.NOT_FOUND) {
                throw ConsoleController.notFound();
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/admin/imports/" + importId;
    }
}
