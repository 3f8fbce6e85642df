package org.preau.console;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.Profile;
import org.preau.feeding.ImportRefused;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.Imports;
import org.preau.platform.PreauUser;
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

    ImportsPageController(Imports imports, DirectoryAdmin admin) {
        this.imports = imports;
        this.admin = admin;
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
    String report(@AuthenticationPrincipal PreauUser user, @PathVariable String id, Model model,
            @RequestHeader(name = "HX-Target", required = false) @Nullable String target) {
        var view = imports.find(user, ConsoleController.uuid(id)).orElseThrow(ConsoleController::notFound);
        model.addAttribute("imp", view);
        return "report".equals(target) ? "console/import :: report" : "console/import";
    }

    @PostMapping("/admin/imports/{id}/apply")
    String apply(@AuthenticationPrincipal PreauUser user, @PathVariable String id, RedirectAttributes redirect) {
        UUID importId = ConsoleController.uuid(id);
        try {
            imports.apply(user, importId);
        } catch (ImportRefused e) {
            if (e.reason() == ImportRefused.Reason.NOT_FOUND) {
                throw ConsoleController.notFound();
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/admin/imports/" + importId;
    }

}
