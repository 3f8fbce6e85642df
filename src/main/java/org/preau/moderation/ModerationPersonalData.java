package org.preau.moderation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moderation's part of "Mes données": the reports the person made (what, why, when, and what
 * became of them). Reports about the person's own content, and who made them, are not theirs to
 * read: a report never tells its author who reported.
 */
@Component
class ModerationPersonalData implements PersonalDataPart {

    record MadeReport(UUID id, String type, UUID target, String reason, Instant reportedAt, String state,
            @Nullable String decision) {
    }

    private final JdbcClient jdbc;

    ModerationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "moderation";
    }

    @Override
    public void export(PersonId person, PersonalDataExport export) {
        export.json("reports", jdbc.sql("""
                select id, type, target_id, reason, reported_at, state, decision from moderation.reports
                where reporter_id = :p order by reported_at""").param("p", person.value())
                .query((rs, n) -> new MadeReport(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getString(7))).list());
    }
}
