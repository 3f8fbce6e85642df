package org.preau.access;

import java.util.List;

import org.preau.directory.Profile;

/**
 * Whom the territory's default roles are given to: the profiles of the directory, and the
 * local and central admins (functions in the directory, profiles here).
 */
enum RightsProfile {
    STUDENT, TEACHER, RELATIVE, PERSONNEL, GUEST, LOCAL_ADMIN, CENTRAL_ADMIN;

    /** The profiles a structure adapts (all but the central admin's, which holds for the whole territory). */
    static final List<RightsProfile> IN_STRUCTURE = List.of(STUDENT, TEACHER, RELATIVE, PERSONNEL, GUEST, LOCAL_ADMIN);

    /** The profiles people of a manual group may hold. */
    static final List<RightsProfile> MEMBERS = List.of(STUDENT, TEACHER, RELATIVE, PERSONNEL, GUEST);

    static RightsProfile of(Profile profile) {
        return valueOf(profile.name());
    }
}
