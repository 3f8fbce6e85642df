package org.preau.timeline;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A weekly schedule of quiet hours: every evening from {@code evening} to the next {@code morning}
 * (none when both are null), whole {@code quietDays}, and school holidays when {@code holidays}.
 */
public record QuietSchedule(@Nullable LocalTime evening, @Nullable LocalTime morning, Set<DayOfWeek> quietDays,
        boolean holidays) {

    /** What a structure that chose nothing gets: 20:00–07:00, weekends and holidays. */
    public static final QuietSchedule DEFAULT = new QuietSchedule(LocalTime.of(20, 0), LocalTime.of(7, 0),
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), true);

    public QuietSchedule {
        if ((evening == null) != (morning == null)) {
            throw new IllegalArgumentException("Quiet evenings need both an evening and a morning time");
        }
        quietDays = quietDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(quietDays));
    }

    /** Whether this local time (Europe/Paris) is quiet; {@code holiday} says whether its day is a school holiday. */
    boolean quietAt(LocalDateTime time, boolean holiday) {
        if (quietDays.contains(time.getDayOfWeek()) || (holidays && holiday)) {
            return true;
        }
        if (evening == null || morning == null) {
            return false;
        }
        LocalTime t = time.toLocalTime();
        return evening.isAfter(morning) ? !t.isBefore(evening) || t.isBefore(morning)
                : !t.isBefore(evening) && t.isBefore(morning);
    }
}
