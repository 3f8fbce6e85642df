package org.preau.platform.notification;

import java.time.Instant;

import org.preau.platform.StructureId;

/**
 * The school days of a structure, for forms that offer to send later ("send at 07:30 on the next
 * school day") when a teacher writes outside school hours. The timeline implements it.
 */
public interface SchoolCalendar {

    /** The next school morning of the structure after now (07:30, Europe/Paris, by default). */
    Instant nextSchoolMorning(StructureId structure);

    /** Whether now is outside the structure's school hours (in its quiet hours). */
    boolean outsideSchoolHours(StructureId structure);
}
