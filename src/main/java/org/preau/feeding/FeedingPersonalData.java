package org.preau.feeding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.RegisterIds;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports' part of "Mes données": the person's entry as the register last sent it (AAF), and
 * the imports an admin started (ids, kinds, states, dates).
 */
@Component
class FeedingPersonalData implements PersonalDataPart {

    record Import(UUID id, String kind, String status, boolean full, @Nullable UUID structure, Instant createdAt) {
    }

    record RegisterEntry(String externalId, String kind, JsonNode attributes, boolean deleted, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final RegisterIds registerIds;
    private final JsonMapper json;

    FeedingPersonalData(JdbcClient jdbc, RegisterIds registerIds, JsonMapper json) {
        this.jdbc = jdbc;
        this.registerIds = registerIds;
        this.json = json;
    }

    @Override
    public String name() {
        return "feeding";
    }

    @Override
    public void export(PersonId person, PersonalDataExport export) {
        registerIds.of(person).flatMap(id -> jdbc.sql("""
                select external_id, kind, attributes::text, deleted, updated_at from feeding.register_entries
                where external_id = :id""")
                .param("id", id).query((rs, n) -> new RegisterEntry(rs.getString(1), rs.getString(2),
                        json.readTree(rs.getString(3)), rs.getBoolean(4), rs.getTimestamp(5).toInstant())).optional())
                .ifPresent(entry -> export.json("register-entry", entry));
        export.json("imports", jdbc.sql("""
                select id, kind, status, full_import, structure_id, created_at from feeding.imports
                where created_by = :p order by created_at""")
                .param("p", person.value()).query((rs, n) -> new Import(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant()))
                .list());
    }
}
