package org.preau.portal;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.access.KillSwitch;
import org.preau.platform.PreauUser;
import org.preau.platform.web.LauncherEntry;
import org.preau.platform.web.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the navigation shell: who is logged in, the applications they may open,
 * and the suspensions of communications in their structures (a banner).
 */
@ControllerAdvice
class ShellAdvice {

    /** What the header, launcher and account menu show. */
    record Shell(String displayName, String initials, String login, List<LauncherEntry> applications,
            List<KillSwitch.Notice> suspensions) {
    }

    private final List<LauncherEntry> entries;
    private final KillSwitch killSwitch;

    ShellAdvice(List<LauncherEntry> entries, KillSwitch killSwitch) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(LauncherEntry::order)).toList();
        this.killSwitch = killSwitch;
    }

    @ModelAttribute("shell")
    @Nullable Shell shell(@AuthenticationPrincipal @Nullable PreauUser user) {
        if (user == null) {
            return null;
        }
        return new Shell(user.displayName(), user.initials(), user.login(),
                entries.stream().filter(e -> e.visibleTo(user.roles())).toList(), killSwitch.noticesFor(user.personId()));
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList();
    }
}
