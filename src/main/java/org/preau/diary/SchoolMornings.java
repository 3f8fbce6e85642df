package org.preau.diary;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.preau.diary.DiaryRules.ClassAccess;
import org.preau.platform.PeopleTime;
import org.preau.platform.notification.SchoolCalendar;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Deferred publishing: a teacher who fills the book outside the school's hours is offered to
 * publish at the next school morning (07:30 by default), so that pupils and parents are not
 * reached in the evening or at the weekend. The morning is computed again when the form is sent.
 */
@Component
class SchoolMornings {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SchoolCalendar calendar;

    private final org.springframework.context.MessageSource messages;

    SchoolMornings(SchoolCalendar calendar, org.springframework.context.MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** Adds {@code morningTime} and {@code morningDay} to the form's model when now is outside school hours. */
    void offer(Model model, ClassAccess access, Locale locale) {
        var structure = access.schoolClass().structure().id();
        if (calendar.outsideSchoolHours(structure)) {
            ZonedDateTime morning = calendar.nextSchoolMorning(structure).atZone(PeopleTime.ZONE);
            model.addAttribute("morningTime", morning.format(TIME));
            model.addAttribute("morningDay", morning.format(DateTimeFormatter.ofPattern(
                    messages.getMessage("diary.date.dayMonth", null, locale), locale)));
        }
    }

    /**
     * The publication time chosen: the next school morning when the teacher asked for it and
     * school has not started meanwhile; null otherwise (the date typed, or now).
     */
    @Nullable Instant chosen(EntryForm entry, ClassAccess access) {
        var structure = access.schoolClass().structure().id();
        return entry.morning() && calendar.outsideSchoolHours(structure) ? calendar.nextSchoolMorning(structure)
                : null;
    }
}
