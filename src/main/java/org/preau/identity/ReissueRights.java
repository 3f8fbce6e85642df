package org.preau.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.preau.directory.AdminFunction;
import org.preau.directory.ClassPage;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryAdmin;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Component;

/**
 * Who may take a person's password away and issue them a new activation code — the one place
 * that decides it. An admin, for the people they administer, except themselves, and except
 * people holding an admin function unless the admin is the central admin (a local admin must
 * not take over a peer's account). A teacher, for the pupils of a class they teach, never for
 * an adult, nor for anyone outside that class.
 */
@Component
class ReissueRights {

    private final DirectoryAdmin admins;
    private final Directory directory;

    ReissueRights(DirectoryAdmin admins, Directory directory) {
        this.admins = admins;
        this.directory = directory;
    }

    boolean adminMay(PreauUser admin, PersonId person) {
        if (admin.personId().equals(person) || !admins.isAdmin(admin) || !admins.administers(admin, person)) {
            return false;
        }
        boolean central = admin.hasRole(AdminFunction.CENTRAL_ADMIN.name());
        return central || directory.card(person).map(card -> card.functions().isEmpty()).orElse(false);
    }

    /** The pupils of the class whose codes this teacher may renew; empty when they do not teach it. */
    Set<PersonId> pupilsFor(PreauUser teacher, ClassId classId) {
        if (!directory.teaches(teacher.personId(), classId)) {
            return Set.of();
        }
        return directory.classPage(teacher, classId).stream()
                .flatMap(page -> page.pupils().stream())
                .map(ClassPage.Pupil::id)
                .filter(pupil -> !pupil.equals(teacher.personId()))
                .filter(pupil -> directory.card(pupil).map(Activation::kind)
                        .filter(kind -> kind != PasswordPolicy.Kind.ADULT).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean teacherMay(PreauUser teacher, ClassId classId, PersonId pupil) {
        return pupilsFor(teacher, classId).contains(pupil);
    }
}
