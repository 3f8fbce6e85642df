package org.preau;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Main code reads the time only from the one {@link Clock} bean, so that tests can move it and
 * no test breaks when the calendar does: no {@code Instant.now()}, no {@code LocalDate.now()}
 * without a clock, no {@code System.currentTimeMillis()}, no {@code new Date()}, and no SQL
 * {@code now()} or {@code current_date} in queries (the clock's instant is passed instead).
 * Measuring a duration with {@code System.nanoTime()} stays allowed: it reads no date.
 */
class ClockRuleTest {

    /** The one place allowed to ask the system for the time. */
    private static final String CLOCK_BEAN = "org.preau.platform.time.ClockConfiguration";

    private static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class,
            YearMonth.class, MonthDay.class);

    private static final Pattern SQL_NOW = Pattern.compile(
            "(?i)(?<![\\w.])(now\\(\\)(?!\\s*\\{)|current_date|current_timestamp|localtimestamp|current_time"
                    + "|transaction_timestamp\\(|statement_timestamp\\(|clock_timestamp\\()");

    @Test
    void mainCodeReadsTheTimeOnlyFromTheClockBean() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.preau");
        List<String> offenders = new ArrayList<>();
        classes.forEach(type -> type.getAccessesFromSelf().forEach(access -> {
            if (readsSystemTime(access) && !type.getName().startsWith(CLOCK_BEAN)) {
                offenders.add(access.getDescription());
            }
        }));
        assertThat(offenders).as("reads of the system time outside the Clock bean").isEmpty();
    }

    @Test
    void sqlInMainCodeNeverAsksTheDatabaseForTheTime() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    Matcher matcher = SQL_NOW.matcher(line);
                    if (!line.startsWith("*") && !line.startsWith("//") && matcher.find()) {
                        offenders.add(file + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(offenders).as("SQL reading the database's clock (pass clock.instant() instead)").isEmpty();
    }

    private static boolean readsSystemTime(JavaAccess<?> access) {
        var owner = access.getTargetOwner();
        String name = access.getName();
        if (owner.isEquivalentTo(System.class)) {
            return name.equals("currentTimeMillis");
        }
        if (owner.isEquivalentTo(Clock.class)) {
            return name.startsWith("system") || name.equals("tickMillis") || name.equals("tickSeconds")
                    || name.equals("tickMinutes");
        }
        if (owner.isEquivalentTo(Date.class) || owner.isEquivalentTo(GregorianCalendar.class)) {
            return name.equals("<init>") && access.getDescription().contains("()");
        }
        if (owner.isEquivalentTo(Calendar.class)) {
            return name.equals("getInstance");
        }
        if (TIME_TYPES.stream().anyMatch(owner::isEquivalentTo) && name.equals("now")) {
            // now(Clock) is the allowed form; now() and now(ZoneId) read the system clock
            return !access.getDescription().contains("(java.time.Clock)");
        }
        return false;
    }
}
