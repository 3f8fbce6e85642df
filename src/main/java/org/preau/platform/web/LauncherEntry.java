package org.preau.platform.web;

import java.util.Set;

/**
 * An application in the launcher of the navigation shell. Modules declare one bean per
 * application; {@code roles} lists who sees it (any of them; empty for everyone).
 */
public record LauncherEntry(String id, String labelKey, String href, String icon, int order, Set<String> roles) {

    public boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
