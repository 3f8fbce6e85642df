package org.preau.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Names of many people at once. */
@Repository
class AudienceRepository {

    private final JdbcClient jdbc;

    AudienceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Display names of people, whatever their state (names of those who wrote or received a message). */
    Map<PersonId, String> names(Collection<PersonId> ids) {
        Map<PersonId, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name from directory.persons where id = any(:ids::uuid[])")
                .param("ids", ids.stream().map(PersonId::toString).distinct().toArray(String[]::new))
                .query(rs -> {
                    names.put(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return names;
    }
}
