package org.preau.diary;

import java.time.Instant;
import java.util.UUID;

import org.preau.diary.ExtrasRepository.Owner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Homework and sessions hidden by moderation: a mark on the entry, that every reader's query honours. */
@Repository
class DiaryModerationRepository {

    private final JdbcClient jdbc;

    DiaryModerationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the entry neutralized; false when there is no such entry. */
    boolean neutralize(Owner kind, UUID id, Instant now) {
        int marked = jdbc.sql("update " + table(kind) + " set neutralized_at = :now where id = :id and neutralized_at is null")
                .param("id", id).param("now", Times.ts(now)).update();
        return marked > 0 || isNeutralized(kind, id);
    }

    /** Clears the mark; false when the entry was not neutralized (or is gone). */
    boolean restore(Owner kind, UUID id) {
        return jdbc.sql("update " + table(kind) + " set neutralized_at = null where id = :id and neutralized_at is not null")
                .param("id", id).update() > 0;
    }

    boolean isNeutralized(Owner kind, UUID id) {
        return jdbc.sql("select exists (select 1 from " + table(kind) + " where id = :id and neutralized_at is not null)")
                .param("id", id).query(Boolean.class).single();
    }

    private static String table(Owner kind) {
        return kind == Owner.SESSION ? "diary.sessions" : "diary.homework";
    }
}
