package org.preau.timeline;

import java.util.Set;

import org.preau.access.Rights;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin/timeline}: the notification admin pages the person may use, and their structures. */
@Controller
@RequiresAction({ TimelineApplications.CONFIGURE, TimelineApplications.DEFAULTS })
class TimelineAdminController {

    private final Rights rights;

    TimelineAdminController(Rights rights) {
        this.rights = rights;
    }

    @GetMapping("/admin/timeline")
    String hub(@AuthenticationPrincipal PreauUser user, Model model) {
        Set<String> allowed = rights.actions(user);
        model.addAttribute("configure", allowed.contains(TimelineApplications.CONFIGURE));
        model.addAttribute("defaults", allowed.contains(TimelineApplications.DEFAULTS));
        return "timeline/admin";
    }
}
