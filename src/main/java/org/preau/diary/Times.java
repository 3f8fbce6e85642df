package org.preau.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.diary.Entries.VisaMark;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;

/** Dates of the diary: days in Europe/Paris, school years from 1 September, timestamps in UTC. */
final class Times {

    private Times() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), PeopleTime.ZONE);
    }

    /** The first day of the school year that holds {@code day}. */
    static LocalDate schoolYearStart(LocalDate day) {
        int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 9, 1);
    }

    /** Midnight of a day, in Paris. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PeopleTime.ZONE).toInstant();
    }

    /**
     * An instant as PostgreSQL keeps it, cut to the microsecond. Never let the driver round:
     * an entry published "now" rounded up would be in the future of the very instant it was
     * written at, and a pupil reading at that instant (a still clock) would be refused it.
     */
    static OffsetDateTime ts(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable VisaMark visa(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("visa_at", OffsetDateTime.class);
        return at == null ? null
                : new VisaMark(at.toInstant(), new PersonId(rs.getObject("visa_by", UUID.class)),
                        rs.getString("visa_comment"));
    }
}
