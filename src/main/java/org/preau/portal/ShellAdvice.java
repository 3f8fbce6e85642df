package org.preau.portal;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.preau.platform.web.LauncherEntry;
import org.preau.platform.web.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the navigation shell: who is logged in and the applications they may open. */
@ControllerAdvice
class ShellAdvice {

    /** What the header, launcher and account menu show. */
    record Shell(String displayName, String initials, String login, List<LauncherEntry> applications) {
    }

    private final List<LauncherEntry> entries;

    ShellAdvice(List<LauncherEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(LauncherEntry::order)).toList();
    }

    @ModelAttribute("shell")
    @Nullable Shell shell(@AuthenticationPrincipal @Nullable PreauUser user) {
        if (user == null) {
            return null;
        }
        return new Shell(user.displayName(), user.initials(), user.login(),
                entries.stream().filter(e -> e.visibleTo(user.roles())).toList());
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList();
    }
}
