package org.preau.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.access.Rights;
import org.preau.platform.PreauUser;
import org.preau.platform.web.LauncherEntry;
import org.preau.platform.web.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the navigation shell: who is logged in, the applications their rights
 * let them open, and the actions they may use (for menus that show only what may be used).
 */
@ControllerAdvice
class ShellAdvice {

    /** What the header, launcher and account menu show. */
    record Shell(String displayName, String initials, String login, List<LauncherEntry> applications,
            Set<String> actions) {
    }

    private final List<LauncherEntry> entries;
    private final Rights rights;

    ShellAdvice(List<LauncherEntry> entries, Rights rights) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(LauncherEntry::order)).toList();
        this.rights = rights;
    }

    @ModelAttribute("shell")
    @Nullable Shell shell(@AuthenticationPrincipal @Nullable PreauUser user) {
        if (user == null) {
            return null;
        }
        Set<String> actions = rights.actions(user);
        return new Shell(user.displayName(), user.initials(), user.login(),
                entries.stream().filter(e -> e.visibleTo(actions)).toList(), actions);
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList();
    }
}
