package org.preau.messaging;

import java.time.Instant;
import java.util.Optional;

import org.preau.directory.Affiliations.GroupMembership;
import org.preau.directory.Directory;
import org.preau.directory.Profile;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.notification.SchoolCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Send at 07:30 on the next school day": a teacher or a member of staff who writes outside the
 * school hours of their school (its quiet hours, droit à la déconnexion) is offered to schedule
 * the message for its next school morning, as the school's calendar says.
 */
@Component
class DeferredSend {

    private final Directory directory;
    private final ObjectProvider<SchoolCalendar> calendar;

    DeferredSend(Directory directory, ObjectProvider<SchoolCalendar> calendar) {
        this.directory = directory;
        this.calendar = calendar;
    }

    /** When the offer stands: the next school morning of the writer's school, outside its school hours only. */
    Optional<Instant> offer(PreauUser user) {
        SchoolCalendar school = calendar.getIfAvailable();
        return school == null ? Optional.empty()
                : school(user).filter(school::outsideSchoolHours).map(school::nextSchoolMorning);
    }

    /** The next school morning of the writer's school, whatever the time now (the button was pressed). */
    Optional<Instant> nextMorning(PreauUser user) {
        SchoolCalendar school = calendar.getIfAvailable();
        return school == null ? Optional.empty() : school(user).map(school::nextSchoolMorning);
    }

    /** The first school where the person teaches or works as staff. */
    private Optional<StructureId> school(PreauUser user) {
        return directory.affiliations(user.personId()).groups().stream()
                .filter(g -> g.profile() == Profile.TEACHER || g.profile() == Profile.PERSONNEL)
                .map(GroupMembership::structure).findFirst();
    }
}
