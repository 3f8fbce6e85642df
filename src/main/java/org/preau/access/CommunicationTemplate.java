package org.preau.access;

import java.util.ArrayList;
import java.util.List;

import org.preau.directory.Profile;

/**
 * "People holding {@code from} may reach people holding {@code to}" within a scope: the
 * cells of the communication matrix. {@link #ALL} lists every template there is.
 */
public record CommunicationTemplate(CommunicationScope scope, Profile from, Profile to) {

    /** The profiles that have a group in each class. */
    public static final List<Profile> CLASS_PROFILES = List.of(Profile.STUDENT, Profile.TEACHER, Profile.RELATIVE);
    /** The profiles that have a group in each structure. */
    public static final List<Profile> STRUCTURE_PROFILES = List.of(Profile.STUDENT, Profile.TEACHER,
            Profile.RELATIVE, Profile.PERSONNEL, Profile.GUEST);
    /** Parents → their children, pupils → their parents, parents → the other parents of their children. */
    public static final List<CommunicationTemplate> FAMILY = List.of(
            new CommunicationTemplate(CommunicationScope.FAMILY, Profile.RELATIVE, Profile.STUDENT),
            new CommunicationTemplate(CommunicationScope.FAMILY, Profile.STUDENT, Profile.RELATIVE),
            new CommunicationTemplate(CommunicationScope.FAMILY, Profile.RELATIVE, Profile.RELATIVE));
    /** Every template: the family's, then those of a class, then those of a structure. */
    public static final List<CommunicationTemplate> ALL = all();

    private static List<CommunicationTemplate> all() {
        List<CommunicationTemplate> all = new ArrayList<>(FAMILY);
        for (Profile from : CLASS_PROFILES) {
            for (Profile to : CLASS_PROFILES) {
                all.add(new CommunicationTemplate(CommunicationScope.CLASS, from, to));
            }
        }
        for (Profile from : STRUCTURE_PROFILES) {
            for (Profile to : STRUCTURE_PROFILES) {
                all.add(new CommunicationTemplate(CommunicationScope.STRUCTURE, from, to));
            }
        }
        return List.copyOf(all);
    }

    /** Whether this template exists (a form may post anything). */
    public boolean known() {
        return ALL.contains(this);
    }
}
