package org.preau.portal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.access.KillSwitch;
import org.preau.access.Rights;
import org.preau.platform.PreauUser;
import org.preau.platform.web.HomeWidget;
import org.preau.platform.web.LauncherBadge;
import org.preau.platform.web.LauncherEntry;
import org.preau.platform.web.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page the navigation shell: who is logged in, the applications their rights
 * let them open, the actions they may use (for menus that show only what may be used), and
 * the suspensions of communications in their structures (a banner).
 */
@ControllerAdvice
class ShellAdvice {

    /** What the header, launcher and account menu show; {@code badges} by application id, non-zero ones only. */
    record Shell(String displayName, String initials, String login, List<LauncherEntry> applications,
            Set<String> actions, Map<String, Badge> badges, List<KillSwitch.Notice> suspensions) {
    }

    /** A number beside an application, and the key of its words for screen readers. */
    record Badge(long count, String labelKey) {
    }

    private final List<LauncherEntry> entries;
    private final Rights rights;
    private final List<LauncherBadge> badges;
    private final KillSwitch killSwitch;

    ShellAdvice(List<LauncherEntry> entries, Rights rights, List<LauncherBadge> badges, KillSwitch killSwitch) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(LauncherEntry::order)).toList();
        this.rights = rights;
        this.badges = badges;
        this.killSwitch = killSwitch;
    }

    @ModelAttribute("shell")
    @Nullable Shell shell(@AuthenticationPrincipal @Nullable PreauUser user, HttpServletRequest request) {
        // the JSON API and the home page's widget fragments render no shell: nothing to compute for them
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user == null || path.startsWith("/api/") || HomeWidget.isFragmentPath(path)) {
            return null;
        }
        Set<String> actions = rights.actions(user);
        List<LauncherEntry> visible = entries.stream().filter(e -> e.visibleTo(actions)).toList();
        Map<String, Badge> counts = new HashMap<>();
        for (LauncherBadge badge : badges) {
            if (visible.stream().anyMatch(e -> e.id().equals(badge.appId()))) {
                long count = badge.count(user);
                if (count > 0) {
                    counts.put(badge.appId(), new Badge(count, badge.labelKey()));
                }
            }
        }
        return new Shell(user.displayName(), user.initials(), user.login(), visible, actions, counts,
                killSwitch.noticesFor(user.personId()));
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList();
    }
}
