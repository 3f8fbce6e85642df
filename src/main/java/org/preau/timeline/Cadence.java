package org.preau.timeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PeopleTime;
import org.preau.platform.notification.Frequency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an entry of each frequency is due: at once, at the next daily digest (17:30 by default) or
 * at the next weekly one (Friday 17:30 by default), in Europe/Paris; never for {@link Frequency#NEVER}.
 */
@Component
class Cadence {

    private final LocalTime dailyAt;
    private final DayOfWeek weeklyOn;

    Cadence(@Value("${preau.timeline.digest.daily-at:17:30}") LocalTime dailyAt,
            @Value("${preau.timeline.digest.weekly-on:FRIDAY}") DayOfWeek weeklyOn) {
        this.dailyAt = dailyAt;
        this.weeklyOn = weeklyOn;
    }

    @Nullable Instant due(Frequency frequency, Instant now) {
        LocalDateTime local = ZonedDateTime.ofInstant(now, PeopleTime.ZONE).toLocalDateTime();
        LocalDateTime today = local.toLocalDate().atTime(dailyAt);
        return switch (frequency) {
            case IMMEDIATE -> now;
            case NEVER -> null;
            case DAILY -> zoned(today.isAfter(local) ? today : today.plusDays(1));
            case WEEKLY -> {
                LocalDateTime week = local.toLocalDate().with(TemporalAdjusters.nextOrSame(weeklyOn)).atTime(dailyAt);
                yield zoned(week.isAfter(local) ? week : week.plusWeeks(1));
            }
        };
    }

    private static Instant zoned(LocalDateTime time) {
        return time.atZone(PeopleTime.ZONE).toInstant();
    }
}
