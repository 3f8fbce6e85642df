package org.preau.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline's part of "Mes données": the person's notifications, their choices per type,
 * their own quiet hours, and the notifications they reported or whose reports they reviewed.
 */
@Component
class TimelinePersonalData implements PersonalDataPart {

    record Notification(UUID id, String type, List<String> args, String link, @Nullable UUID structure,
            Instant createdAt, @Nullable Instant visibleAt, @Nullable Instant readAt, @Nullable Instant hiddenAt,
            @Nullable Instant mailAt, @Nullable Instant mailedAt) {
    }

    record Preference(String type, String feed, String mail) {
    }

    record Quiet(@Nullable LocalTime evening, @Nullable LocalTime morning, List<Integer> quietDays, boolean holidays) {
    }

    record Report(UUID notification, @Nullable UUID structure, String role, Instant reportedAt,
            @Nullable Instant resolvedAt, @Nullable String resolution) {
    }

    private final JdbcClient jdbc;

    TimelinePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public void export(PersonId person, PersonalDataExport export) {
        UUID p = person.value();
        export.json("notifications", jdbc.sql("""
                select id, type, args, link, structure_id, created_at, visible_at, read_at, hidden_at, mail_at, mailed_at
                from timeline.entries where person_id = :p order by created_at, id""")
                .param("p", p).query((rs, n) -> new Notification(rs.getObject(1, UUID.class), rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), rs.getString(4), rs.getObject(5, UUID.class),
                        at(rs, 6), at(rs, 7), at(rs, 8), at(rs, 9), at(rs, 10), at(rs, 11))).list());
        export.json("preferences", jdbc.sql("""
                select type, feed, mail from timeline.preferences where person_id = :p order by type""")
                .param("p", p).query((rs, n) -> new Preference(rs.getString(1), rs.getString(2), rs.getString(3))).list());
        jdbc.sql("select evening, morning, quiet_days, holidays from timeline.person_quiet_hours where person_id = :p")
                .param("p", p).query((rs, n) -> new Quiet(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class),
                        Arrays.stream((Short[]) rs.getArray(3).getArray()).map(Short::intValue).toList(), rs.getBoolean(4)))
                .optional().ifPresent(quiet -> export.json("quiet-hours", quiet));
        export.json("reports", jdbc.sql("""
                select entry_id, structure_id, case when reporter_id = :p then 'REPORTED' else 'REVIEWED' end,
                       reported_at, resolved_at, resolution
                from timeline.reports where reporter_id = :p or resolved_by = :p order by reported_at""")
                .param("p", p).query((rs, n) -> new Report(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), at(rs, 4), at(rs, 5), rs.getString(6))).list());
    }

    private static @Nullable Instant at(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
