package org.preau.directory;

import java.util.Set;

import org.preau.platform.PersonId;

/**
 * Whom a viewer may see and reach, as the access module decides it: everyone (the central
 * admin), or the members of some groups (ids as in {@link AutoGroups} and
 * {@code group:<id>}), the members of some manual groups except their pupils (a
 * pupil-to-pupil suspension), and some people by name (the family).
 */
public record SearchScope(boolean everyone, Set<String> groups, Set<String> groupsWithoutPupils,
        Set<PersonId> persons) {

    public SearchScope {
        groups = Set.copyOf(groups);
        groupsWithoutPupils = Set.copyOf(groupsWithoutPupils);
        persons = Set.copyOf(persons);
    }

    public static SearchScope everybody() {
        return new SearchScope(true, Set.of(), Set.of(), Set.of());
    }

    public static SearchScope nobody() {
        return new SearchScope(false, Set.of(), Set.of(), Set.of());
    }
}
