package org.preau.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A quiet-hours form as typed (times and dates as text), checked: {@link #errors()} holds the
 * message key of each field in error, by field name; none when it may be saved.
 */
record QuietForm(String evening, String morning, List<DayOfWeek> days, boolean holidays, boolean enforced) {

    QuietForm {
        days = List.copyOf(days);
    }

    static QuietForm of(QuietSchedule schedule, boolean enforced) {
        return new QuietForm(text(schedule.evening()), text(schedule.morning()),
                schedule.quietDays().stream().sorted().toList(), schedule.holidays(), enforced);
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalTime from = time(evening);
        LocalTime until = time(morning);
        if (!evening.isBlank() && from == null) {
            errors.put("evening", "timeline.structureQuiet.error.time");
        }
        if (!morning.isBlank() && until == null) {
            errors.put("morning", "timeline.structureQuiet.error.time");
        }
        if (errors.isEmpty() && evening.isBlank() != morning.isBlank()) {
            errors.put(evening.isBlank() ? "evening" : "morning", "timeline.structureQuiet.error.both");
        }
        if (errors.isEmpty() && from != null && from.equals(until)) {
            errors.put("morning", "timeline.structureQuiet.error.same");
        }
        return errors;
    }

    /** The schedule; only once {@link #errors()} is empty. */
    QuietSchedule schedule() {
        EnumSet<DayOfWeek> quietDays = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        return new QuietSchedule(time(evening), time(morning), quietDays, holidays);
    }

    /** The message keys of a holiday's errors by field ({@code starts}, {@code ends}); none when it may be added. */
    static Map<String, String> holidayErrors(@Nullable LocalDate starts, @Nullable LocalDate ends) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (starts == null) {
            errors.put("starts", "timeline.structureQuiet.error.date");
        }
        if (ends == null) {
            errors.put("ends", "timeline.structureQuiet.error.date");
        }
        if (starts != null && ends != null && (ends.isBefore(starts) || ends.isAfter(starts.plusDays(120)))) {
            errors.put("ends", "timeline.structureQuiet.error.period");
        }
        return errors;
    }

    static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable LocalTime time(String value) {
        try {
            return value.isBlank() ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(@Nullable LocalTime time) {
        return time == null ? "" : time.toString();
    }
}
