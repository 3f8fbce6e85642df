package org.preau.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.preau.directory.ClassPage;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryAdmin;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Component;

/**
 * Who may take a person's password away and issue them a new activation code — the one place
 * that decides it. An admin, for the people they may act on ({@link DirectoryAdmin#mayActOn}:
 * a local admin only for people all of whose structures he administers, never himself nor a
 * peer admin — he must not take over an account another school or a peer answers for). A teacher, for the pupils of a class they teach, never for
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
        return admins.mayActOn(admin, person);
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
