package org.preau.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.preau.feeding.ColumnMappings;
import org.preau.feeding.ImportRefused;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The column-mapping screen of a CSV import. */
@Controller
@RequiresAction(ConsoleApplications.IMPORTS)
class ColumnMappingController {

    private static final String PREFIX = "col_";

    private final ColumnMappings mappings;

    ColumnMappingController(ColumnMappings mappings) {
        this.mappings = mappings;
    }

    @GetMapping("/admin/imports/{id}/mapping")
    String form(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("mapping", mappings.view(user, id)
                .orElseThrow(ConsoleController::notFound));
        return "console/import-mapping";
    }

    @PostMapping("/admin/imports/{id}/mapping")
    String save(@AuthenticationPrincipal PreauUser user, @PathVariable("id") UUID importId,
            @RequestParam Map<String, String> params, Model model) {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && !value.isBlank()) {
                try {
                    chosen.put(name.substring(PREFIX.length()), Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw ConsoleController.notFound();
                }
            }
        });
        try {
            mappings.remap(user, importId, chosen);
            return "redirect:/admin/imports/" + importId;
        } catch (ImportRefused e) {
            if (e.reason() == ImportRefused.Reason.NOT_FOUND) {
                throw ConsoleController.notFound();
            }
            var stored = mappings.view(user, importId).orElseThrow(ConsoleController::notFound);
            // the form shows the admin's own choice again, not the mapping stored before it
            model.addAttribute("mapping", new ColumnMappings.MappingView(stored.importView(), stored.headers(),
                    stored.firstRows(), stored.fields(), stored.required(), chosen));
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args().toArray());
            return "console/import-mapping";
        }
    }
}
