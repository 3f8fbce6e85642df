package org.preau.platform.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A role an application declares: a bundle of its {@link ApplicationAction}s with the profiles
 * that get it. Modules declare one bean per role; at start-up the access module creates the
 * roles it does not have yet, adds their actions and gives them to their profiles for the whole
 * territory, once: what the central admin changes afterwards in the rights console (a profile's
 * default withdrawn, an action taken out, the role deleted) is never put back.
 *
 * @param key        stable id, {@code <application>.<role>} in lower case words joined by hyphens; never
 *                   change it (a new key is a new role)
 * @param labelKey   the message key of its name, shown until an admin renames it
 * @param actions    the ids of the actions it bundles
 * @param byDefault  the profiles every structure gives it to
 * @param allowed    the profiles local admins may give it to, in their structure, without it being a default
 */
public record ApplicationRole(String key, String labelKey, List<String> actions, Set<Profile> byDefault,
        Set<Profile> allowed) {

    /** Whom the territory's roles are given to: the profiles of the directory, and the admins. */
    public enum Profile {
        STUDENT, TEACHER, RELATIVE, PERSONNEL, GUEST, LOCAL_ADMIN, CENTRAL_ADMIN
    }

    private static final Pattern KEY = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

    public ApplicationRole {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A role key is <application>.<role>: " + key);
        }
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("A role bundles at least one action: " + key);
        }
        actions = List.copyOf(actions);
        byDefault = Set.copyOf(byDefault);
        allowed = Set.copyOf(allowed);
        if (byDefault.stream().anyMatch(allowed::contains)) {
            throw new IllegalArgumentException("A profile has a role by default or may be given it, not both: " + key);
        }
    }

    /** A role of these actions, given to nobody yet. */
    public static ApplicationRole of(String key, String labelKey, String... actions) {
        return new ApplicationRole(key, labelKey, List.of(actions), Set.of(), Set.of());
    }

    /** The same role, which these profiles have by default in every structure. */
    public ApplicationRole byDefault(Profile... profiles) {
        return new ApplicationRole(key, labelKey, actions, union(byDefault, profiles), allowed);
    }

    /** The same role, which local admins may give to people of these profiles. */
    public ApplicationRole allowedFor(Profile... profiles) {
        return new ApplicationRole(key, labelKey, actions, byDefault, union(allowed, profiles));
    }

    private static Set<Profile> union(Set<Profile> some, Profile... more) {
        Set<Profile> all = EnumSet.noneOf(Profile.class);
        all.addAll(some);
        all.addAll(List.of(more));
        return all;
    }
}
