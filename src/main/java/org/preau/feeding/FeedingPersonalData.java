package org.preau.feeding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The imports' part of "Mes données": the imports an admin started (ids, kinds, states, dates). */
@Component
class FeedingPersonalData implements PersonalDataPart {

    record Import(UUID id, String kind, String status, boolean full, @Nullable UUID structure, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    FeedingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "feeding";
    }

    @Override
    public void export(PersonId person, PersonalDataExport export) {
        export.json("imports", jdbc.sql("""
                select id, kind, status, full_import, structure_id, created_at from feeding.imports
                where created_by = :p order by created_at""")
                .param("p", person.value()).query((rs, n) -> new Import(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant()))
                .list());
    }
}
