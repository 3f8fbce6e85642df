package org.preau.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.preau.platform.PeopleTime;
import org.preau.platform.time.ClockConfiguration;

/**
 * The application's time as tests compute it before they can ask its {@code Clock} bean: now,
 * shifted by {@code preau.clock.offset} ({@code PREAU_CLOCK_OFFSET}) like the application is,
 * so that the suite passes when run years ahead.
 */
public final class TestTime {

    private TestTime() {
    }

    /** The offset the application runs with ({@code PT0S} unless set). */
    public static Duration offset() {
        String value = System.getProperty("preau.clock.offset", System.getenv("PREAU_CLOCK_OFFSET"));
        return value == null || value.isBlank() ? Duration.ZERO : Duration.parse(value.strip());
    }

    public static Instant now() {
        return ClockConfiguration.shifted(offset()).instant();
    }

    /** Today in Europe/Paris, as people see it. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), PeopleTime.ZONE);
    }
}
