package org.preau.platform.web;

import java.util.List;
import java.util.Set;

/**
 * An application in the launcher of the navigation shell. Modules declare one bean per
 * application; it is shown to the people whose rights hold one of {@code actions} ({@link
 * ApplicationAction#id()}), or to every logged-in person when {@code actions} is empty.
 */
public record LauncherEntry(String id, String labelKey, String href, String icon, int order, List<String> actions) {

    public LauncherEntry {
        actions = List.copyOf(actions);
    }

    /** Whether a person who may use {@code allowed} (action ids) sees the entry. */
    public boolean visibleTo(Set<String> allowed) {
        return actions.isEmpty() || actions.stream().anyMatch(allowed::contains);
    }
}
