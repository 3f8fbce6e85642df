package org.preau.feeding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.feeding.aaf.RegisterEntries.Entry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code feeding.register_entries}: the AAF entries as last imported. */
@Repository
class RegisterEntryRepository {

    /** A stored entry. */
    record Stored(String kind, Map<String, List<String>> attributes, boolean deleted) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    RegisterEntryRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from feeding.register_entries)").query(Boolean.class).single();
    }

    Optional<Stored> find(String externalId) {
        return jdbc.sql("select kind, attributes::text, deleted from feeding.register_entries where external_id = :id")
                .param("id", externalId)
                .query((rs, n) -> new Stored(rs.getString(1), json.readValue(rs.getString(2),
                        new TypeReference<Map<String, List<String>>>() { }), rs.getBoolean(3)))
                .optional();
    }

    /** Writes the entries an applied import leaves; a deleted entry keeps its last attributes. */
    void save(List<Entry> entries, Instant now) {
        batch.batchUpdate("""
                insert into feeding.register_entries (external_id, kind, attributes, deleted, updated_at)
                values (?, ?, cast(? as jsonb), ?, ?)
                on conflict (external_id) do update set kind = excluded.kind,
                    attributes = case when excluded.deleted then feeding.register_entries.attributes
                                      else excluded.attributes end,
                    deleted = excluded.deleted, updated_at = excluded.updated_at""", entries, 1000, (ps, e) -> {
                    ps.setString(1, e.id());
                    ps.setString(2, e.kind());
                    ps.setString(3, json.writeValueAsString(e.attributes()));
                    ps.setBoolean(4, e.deleted());
                    ps.setTimestamp(5, Timestamp.from(now));
                });
    }
}
