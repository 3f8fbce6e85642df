package org.preau.messaging;

import java.util.EnumMap;
import java.util.Map;

import org.preau.directory.Profile;

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
    private final SendPolicy policy;
    private final DirectoryAdmin admin;
    private final Clock clock;

    MessagingSettingsController(MessagingSettings settings, SendPolicy policy, DirectoryAdmin admin, Clock clock) {
        this.settings = settings;
        this.policy = policy;
        this.admin = admin;
        this.clock = clock;
    }

    @GetMapping("/admin/messaging")
    String page(@AuthenticationPrincipal PreauUser user, Model model) {
        if (!admin.isAdmin(user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("settings", settings.current());
        model.addAttribute("policy", policy.all());
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
            model.addAttribute("policy", policy.all());
            model.addAttribute("editable", true);
            model.addAttribute("invalid", true);
            return "messaging/settings";
        }
        settings.save(wanted, clock.instant());
        return "redirect:/admin/messaging?saved";
    }

    /**
     * The send policy, one row per profile ({@code groups_STUDENT}, {@code perMessage_STUDENT} …): an
     * unchecked box is "persons only"; a number out of bounds shows the form again, nothing saved.
     */
    @PostMapping("/admin/messaging/send-policy")
    String savePolicy(@AuthenticationPrincipal PreauUser user, @RequestParam Map<String, String> form, Model model) {
        if (!central(user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<Profile, SendPolicy.Limits> wanted = new EnumMap<>(Profile.class);
        boolean valid = true;
        for (Profile profile : policy.all().keySet()) {
            Integer message = number(form.get("perMessage_" + profile));
            Integer hour = number(form.get("perHour_" + profile));
            Integer day = number(form.get("perDay_" + profile));
            var limits = new SendPolicy.Limits(form.containsKey("groups_" + profile), message == null ? 0 : message,
                    hour == null ? 0 : hour, day == null ? 0 : day);
            valid &= limits.valid();
            wanted.put(profile, limits);
        }
        if (!valid) {
            model.addAttribute("settings", settings.current());
            model.addAttribute("policy", wanted);
            model.addAttribute("editable", true);
            model.addAttribute("invalidPolicy", true);
            return "messaging/settings";
        }
        policy.save(wanted, clock.instant());
        return "redirect:/admin/messaging?policySaved";
    }

    private static @Nullable Integer number(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean central(PreauUser user) {
        return user.hasRole("CENTRAL_ADMIN");
    }
}
