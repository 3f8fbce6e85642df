package org.preau.messaging;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.platform.PreauUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's messaging page: every admin sees the limits and retention of the territory;
 * the central admin changes them.
 */
@RequiresAction(MessagingApplications.SETTINGS)
@Controller
class MessagingSettingsController {

    private final MessagingSettings settings;
    private final DirectoryAdmin admin;
    private final Clock clock;

    MessagingSettingsController(MessagingSettings settings, DirectoryAdmin admin, Clock clock) {
        this.settings = settings;
        this.admin = admin;
        this.clock = clock;
    }

    @GetMapping("/admin/messaging")
    String page(@AuthenticationPrincipal PreauUser user, Model model) {
        if (!admin.isAdmin(user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("settings", settings.current());
        model.addAttribute("editable", central(user));
        return "messaging/settings";
    }

    @PostMapping("/admin/messaging")
    String save(@AuthenticationPrincipal PreauUser user, @RequestParam int maxFileMb, @RequestParam int quotaMb,
            @RequestParam int trashDays, @RequestParam(required = false) @Nullable Integer retentionMonths,
            Model model) {
        if (!central(user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var wanted = new MessagingSettings.Settings(maxFileMb, quotaMb, trashDays, retentionMonths);
        if (!wanted.valid()) {
            model.addAttribute("settings", wanted);
            model.addAttribute("editable", true);
            model.addAttribute("invalid", true);
            return "messaging/settings";
        }
        settings.save(wanted, clock.instant());
        return "redirect:/admin/messaging?saved";
    }

    private static boolean central(PreauUser user) {
        return user.hasRole("CENTRAL_ADMIN");
    }
}
