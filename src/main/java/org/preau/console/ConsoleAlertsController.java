package org.preau.console;

import java.util.List;

import org.preau.feeding.ImportViews.ImportView;
import org.preau.feeding.ImportViews.Status;
import org.preau.feeding.Imports;
import org.preau.platform.PreauUser;
import org.preau.platform.web.HomeWidget;
import org.preau.platform.web.RequiresAction;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admins' alerts on the home page: imports whose dry run waits for review, imports that failed. */
@Controller
class ConsoleAlertsController {

    static final int MAX_LINES = 5;

    private final Imports imports;

    ConsoleAlertsController(Imports imports) {
        this.imports = imports;
    }

    @Bean
    static HomeWidget consoleAlertsWidget() {
        return new HomeWidget("console.alerts", "console.widget.alerts", List.of("LOCAL_ADMIN", "CENTRAL_ADMIN"),
                "/admin/widgets/alerts", "/admin/imports", 15, ConsoleApplications.IMPORTS);
    }

    @GetMapping("/admin/widgets/alerts")
    @RequiresAction(ConsoleApplications.IMPORTS)
    String alerts(@AuthenticationPrincipal PreauUser user, Model model) {
        List<ImportView> waiting = imports.history(user).stream()
                .filter(i -> i.status() == Status.READY || i.status().resumable()).limit(MAX_LINES).toList();
        model.addAttribute("imports", waiting);
        return "console/widgets :: alerts";
    }
}
