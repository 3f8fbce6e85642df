package org.preau.timeline;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quiet hours of structures and people, and school holidays. */
@Repository
class QuietHoursRepository {

    /** A structure's schedule and whether it binds its people. */
    record StructureQuiet(QuietSchedule schedule, boolean enforced) {
    }

    /** School holidays, first and last day included. */
    record Holiday(LocalDate starts, LocalDate ends) {
        boolean contains(LocalDate day) {
            return !day.isBefore(starts) && !day.isAfter(ends);
        }
    }

    private final JdbcClient jdbc;

    QuietHoursRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<StructureId, StructureQuiet> structures(Collection<StructureId> ids) {
        Map<StructureId, StructureQuiet> found = new HashMap<>();
        jdbc.sql("""
                select structure_id, evening, morning, quiet_days, holidays, enforced
                from timeline.structure_quiet_hours where structure_id = any(:s)""")
                .param("s", ids.stream().map(StructureId::value).toArray(UUID[]::new))
                .query(rs -> {
                    found.put(new StructureId(rs.getObject(1, UUID.class)),
                            new StructureQuiet(schedule(rs), rs.getBoolean("enforced")));
                });
        return found;
    }

    Optional<QuietSchedule> person(PersonId person) {
        return jdbc.sql("select evening, morning, quiet_days, holidays from timeline.person_quiet_hours where person_id = :p")
                .param("p", person.value()).query((rs, n) -> schedule(rs)).optional();
    }

    List<Holiday> holidays(Collection<StructureId> structures) {
        return jdbc.sql("""
                select starts, ends from timeline.holidays where structure_id is null or structure_id = any(:s)
                order by starts""")
                .param("s", structures.stream().map(StructureId::value).toArray(UUID[]::new))
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .list();
    }

    void saveStructure(StructureId structure, QuietSchedule s, boolean enforced) {
        jdbc.sql("""
                insert into timeline.structure_quiet_hours (structure_id, evening, morning, quiet_days, holidays, enforced)
                values (:id, :e, :m, :d, :h, :f)
                on conflict (structure_id) do update set evening = excluded.evening, morning = excluded.morning,
                    quiet_days = excluded.quiet_days, holidays = excluded.holidays, enforced = excluded.enforced""")
                .param("id", structure.value()).param("e", time(s.evening())).param("m", time(s.morning()))
                .param("d", days(s)).param("h", s.holidays()).param("f", enforced).update();
    }

    void savePerson(PersonId person, QuietSchedule s) {
        jdbc.sql("""
                insert into timeline.person_quiet_hours (person_id, evening, morning, quiet_days, holidays)
                values (:id, :e, :m, :d, :h)
                on conflict (person_id) do update set evening = excluded.evening, morning = excluded.morning,
                    quiet_days = excluded.quiet_days, holidays = excluded.holidays""")
                .param("id", person.value()).param("e", time(s.evening())).param("m", time(s.morning()))
                .param("d", days(s)).param("h", s.holidays()).update();
    }

    void forgetPerson(PersonId person) {
        jdbc.sql("delete from timeline.person_quiet_hours where person_id = :p").param("p", person.value()).update();
    }

    void addHoliday(@Nullable StructureId structure, LocalDate starts, LocalDate ends) {
        jdbc.sql("insert into timeline.holidays (structure_id, starts, ends) values (:s, :a, :b)")
                .param("s", structure == null ? null : structure.value()).param("a", starts).param("b", ends)
                .update();
    }

    /** A structure's holidays and the territory's (these marked {@code territory}), by date. */
    List<HolidayLine> holidaysOf(StructureId structure) {
        return jdbc.sql("""
                select id, starts, ends, structure_id is null from timeline.holidays
                where structure_id is null or structure_id = :s order by starts, ends""")
                .param("s", structure.value())
                .query((rs, n) -> new HolidayLine(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
                .list();
    }

    /** Deletes one of the structure's own holidays; false when it has none with this id. */
    boolean deleteHoliday(StructureId structure, UUID id) {
        return jdbc.sql("delete from timeline.holidays where id = :id and structure_id = :s")
                .param("id", id).param("s", structure.value()).update() > 0;
    }

    /** A line of the holidays list of a structure's page. */
    record HolidayLine(UUID id, LocalDate starts, LocalDate ends, boolean territory) {
    }

    private static QuietSchedule schedule(ResultSet rs) throws SQLException {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Array array = rs.getArray("quiet_days");
        for (Object day : (Object[]) array.getArray()) {
            days.add(DayOfWeek.of(((Number) day).intValue()));
        }
        return new QuietSchedule(localTime(rs.getTime("evening")), localTime(rs.getTime("morning")), days,
                rs.getBoolean("holidays"));
    }

    private static @Nullable LocalTime localTime(@Nullable Time time) {
        return time == null ? null : time.toLocalTime();
    }

    private static @Nullable Time time(@Nullable LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    private static Short[] days(QuietSchedule s) {
        return s.quietDays().stream().sorted().map(d -> (short) d.getValue()).toArray(Short[]::new);
    }
}
