package org.preau.portal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.web.LauncherBadge;
import org.preau.platform.web.LauncherEntry;
import org.preau.platform.web.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the navigation shell: who is logged in and the applications they may open. */
@ControllerAdvice
class ShellAdvice {

    /** What the header, launcher and account menu show; {@code badges} by application id, non-zero ones only. */
    record Shell(String displayName, String initials, String login, List<LauncherEntry> applications,
            Map<String, Badge> badges) {
    }

    /** A number beside an application, and the key of its words for screen readers. */
    record Badge(long count, String labelKey) {
    }

    private final List<LauncherEntry> entries;
    private final List<LauncherBadge> badges;

    ShellAdvice(List<LauncherEntry> entries, List<LauncherBadge> badges) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(LauncherEntry::order)).toList();
        this.badges = List.copyOf(badges);
    }

    @ModelAttribute("shell")
    @Nullable Shell shell(@AuthenticationPrincipal @Nullable PreauUser user) {
        if (user == null) {
            return null;
        }
        List<LauncherEntry> visible = entries.stream().filter(e -> e.visibleTo(user.roles())).toList();
        Map<String, Badge> counts = new HashMap<>();
        for (LauncherBadge badge : badges) {
            if (visible.stream().anyMatch(e -> e.id().equals(badge.appId()))) {
                long count = badge.count(user);
                if (count > 0) {
                    counts.put(badge.appId(), new Badge(count, badge.labelKey()));
                }
            }
        }
        return new Shell(user.displayName(), user.initials(), user.login(), visible, counts);
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList();
    }
}
