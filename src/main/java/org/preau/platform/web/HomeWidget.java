package org.preau.platform.web;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;

/**
 * A block of the home page that a module serves as an HTML fragment: the portal shows it to the
 * people it applies to, loads {@code fragmentUrl} in parallel with the other blocks, and links to
 * {@code appUrl} without JavaScript or when the block fails. Modules declare one bean per widget;
 * the portal knows nothing else of them.
 *
 * @param key      unique, {@code <module>.<what>} (stored with each person's layout)
 * @param titleKey message key of the block's heading
 * @param profiles the roles it applies to ({@code STUDENT}, {@code TEACHER}, {@code RELATIVE},
 *                 {@code PERSONNEL}, {@code LOCAL_ADMIN}, {@code CENTRAL_ADMIN}); empty for everyone
 * @param fragmentUrl the module's fragment endpoint, checked against the access model like a page; its path
 *                 holds {@code /widgets/} (the navigation shell is not computed for fragments)
 * @param appUrl   the application page the block summarises
 * @param order    default position (smaller first)
 * @param action   the {@link ApplicationAction} a person needs to see it, null when none
 */
public record HomeWidget(String key, String titleKey, List<String> profiles, String fragmentUrl, String appUrl,
        int order, @Nullable String action) {

    public HomeWidget {
        profiles = List.copyOf(profiles);
        if (!isFragmentPath(fragmentUrl)) {
            throw new IllegalArgumentException("A widget's fragment path holds /widgets/: " + fragmentUrl);
        }
    }

    /** Whether a request path is a widget fragment's, which renders no navigation shell. */
    public static boolean isFragmentPath(String path) {
        return path.contains("/widgets/");
    }

    /** Whether the widget is for this person, who may use {@code actions}. */
    public boolean appliesTo(PreauUser user, Set<String> actions) {
        return (profiles.isEmpty() || profiles.stream().anyMatch(user::hasRole))
                && (action == null || actions.contains(action));
    }

    /** The id of the block in the page (letters, digits and hyphens). */
    public String domId() {
        return "widget-" + key.replaceAll("[^A-Za-z0-9]", "-");
    }
}
