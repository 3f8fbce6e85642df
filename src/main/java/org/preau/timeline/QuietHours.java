package org.preau.timeline;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.preau.platform.notification.SchoolCalendar;
import org.preau.timeline.QuietHoursRepository.Holiday;
import org.preau.timeline.QuietHoursRepository.StructureQuiet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiet hours (droit à la déconnexion). A person is quiet when any schedule that binds them says
 * so: their structures' schedules, or — when they chose their own — their own together with the
 * schedules their structures enforce (a person may be stricter than an enforced schedule, never
 * looser). Nothing is mailed or pushed to a quiet person: it waits for the end of quiet hours.
 */
@Service
@Transactional(readOnly = true)
public class QuietHours implements SchoolCalendar {

    /** What binds one person: schedules, and the holidays of their structures. */
    record Binding(List<QuietSchedule> schedules, List<Holiday> holidays) {

        boolean quietAt(LocalDateTime time) {
            boolean holiday = holidays.stream().anyMatch(h -> h.contains(time.toLocalDate()));
            return schedules.stream().anyMatch(s -> s.quietAt(time, holiday));
        }

        /** The first moment from {@code from} that is not quiet (within a year), else {@code from} a year later. */
        LocalDateTime nextDisturbance(LocalDateTime from) {
            if (!quietAt(from)) {
                return from;
            }
            Set<LocalTime> boundaries = new TreeSet<>();
            boundaries.add(LocalTime.MIDNIGHT);
            schedules.forEach(s -> {
                if (s.morning() != null) {
                    boundaries.add(s.morning());
                }
            });
            for (LocalDate day = from.toLocalDate(); day.isBefore(from.toLocalDate().plusYears(1));
                    day = day.plusDays(1)) {
                for (LocalTime boundary : boundaries) {
                    LocalDateTime candidate = day.atTime(boundary);
                    if (candidate.isAfter(from) && !quietAt(candidate)) {
                        return candidate;
                    }
                }
            }
            return from.plusYears(1);
        }
    }

    private final QuietHoursRepository repository;
    private final Directory directory;
    private final Clock clock;
    private final LocalTime schoolMorning;

    QuietHours(QuietHoursRepository repository, Directory directory, Clock clock,
            @Value("${preau.timeline.school-morning:07:30}") LocalTime schoolMorning) {
        this.repository = repository;
        this.directory = directory;
        this.clock = clock;
        this.schoolMorning = schoolMorning;
    }

    /** Whether the person may not be disturbed at this instant. */
    public boolean isQuiet(PersonId person, Instant at) {
        return binding(person).quietAt(local(at));
    }

    /** When the person will next be disturbed (mailed, pushed): now, or the end of their quiet hours. */
    public Instant nextDisturbance(PersonId person) {
        Instant now = clock.instant();
        return binding(person).nextDisturbance(local(now)).atZone(PeopleTime.ZONE).toInstant();
    }

    /** The structure's own schedule (the default one when it chose none) and whether it enforces it. */
    public QuietSchedule structureSchedule(StructureId structure) {
        return structureQuiet(structure).schedule();
    }

    public boolean enforced(StructureId structure) {
        return structureQuiet(structure).enforced();
    }

    /** The person's own schedule, if they chose one. */
    public Optional<QuietSchedule> personSchedule(PersonId person) {
        return repository.person(person);
    }

    @Transactional
    public void setStructureSchedule(StructureId structure, QuietSchedule schedule, boolean enforced) {
        repository.saveStructure(structure, schedule, enforced);
    }

    /** Sets the person's own schedule (null: back to their structures'). */
    @Transactional
    public void setPersonSchedule(PersonId person, @org.jspecify.annotations.Nullable QuietSchedule schedule) {
        if (schedule == null) {
            repository.forgetPerson(person);
        } else {
            repository.savePerson(person, schedule);
        }
    }

    /** Adds school holidays for a structure, or for the whole territory when {@code structure} is null. */
    @Transactional
    public void addHolidays(@org.jspecify.annotations.Nullable StructureId structure, LocalDate starts, LocalDate ends) {
        repository.addHoliday(structure, starts, ends);
    }

    /** The structure's holidays and the territory's, for its admin page. */
    List<QuietHoursRepository.HolidayLine> holidaysOf(StructureId structure) {
        return repository.holidaysOf(structure);
    }

    @Transactional
    boolean deleteHoliday(StructureId structure, UUID id) {
        return repository.deleteHoliday(structure, id);
    }

    @Override
    public Instant nextSchoolMorning(StructureId structure) {
        Binding school = new Binding(List.of(structureSchedule(structure)), repository.holidays(List.of(structure)));
        LocalDateTime now = local(clock.instant());
        for (LocalDate day = now.toLocalDate(); day.isBefore(now.toLocalDate().plusYears(1)); day = day.plusDays(1)) {
            LocalDateTime morning = day.atTime(schoolMorning);
            if (morning.isAfter(now) && schoolDay(school, day)) {
                return morning.atZone(PeopleTime.ZONE).toInstant();
            }
        }
        return now.plusDays(1).atZone(PeopleTime.ZONE).toInstant();
    }

    @Override
    public boolean outsideSchoolHours(StructureId structure) {
        return new Binding(List.of(structureSchedule(structure)), repository.holidays(List.of(structure)))
                .quietAt(local(clock.instant()));
    }

    private static boolean schoolDay(Binding school, LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SUNDAY && !school.quietAt(day.atTime(12, 0));
    }

    Binding binding(PersonId person) {
        Set<StructureId> structures = directory.groupsOf(person).structures().keySet();
        var quiet = repository.structures(structures);
        Optional<QuietSchedule> own = repository.person(person);
        List<QuietSchedule> schedules = new ArrayList<>();
        own.ifPresent(schedules::add);
        for (StructureId structure : structures) {
            StructureQuiet s = quiet.getOrDefault(structure, new StructureQuiet(QuietSchedule.DEFAULT, false));
            if (own.isEmpty() || s.enforced()) {
                schedules.add(s.schedule());
            }
        }
        return new Binding(schedules, repository.holidays(structures));
    }

    private StructureQuiet structureQuiet(StructureId structure) {
        return repository.structures(List.of(structure)).getOrDefault(structure,
                new StructureQuiet(QuietSchedule.DEFAULT, false));
    }

    private static LocalDateTime local(Instant instant) {
        return ZonedDateTime.ofInstant(instant, PeopleTime.ZONE).toLocalDateTime();
    }
}
