package org.preau.platform.web;

import java.util.regex.Pattern;

/**
 * An action of an application that rights are given for ({@code directory.search},
 * {@code console.imports}): modules declare one bean per action, the access module collects
 * them, bundles them into roles and checks them on every endpoint ({@link RequiresAction}).
 * The label, in the message bundles, is {@code action.<id>}.
 *
 * @param id          {@code <application>.<action>}, lower case words joined by hyphens
 * @param applicationKey the label key of the application it belongs to ({@code app.directory}), to group
 *                       actions on the admin pages
 */
public record ApplicationAction(String id, String applicationKey) {

    private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

    public ApplicationAction {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("An action id is <application>.<action>: " + id);
        }
    }

    /** The message key of the action's label. */
    public String labelKey() {
        return "action." + id;
    }
}
