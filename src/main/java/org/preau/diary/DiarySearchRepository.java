package org.preau.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.preau.platform.ClassId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Homework and sessions whose title or subject holds the query, accents and case aside, in the
 * classes a person reads: published entries of {@code published} classes, every entry of
 * {@code all} classes and of {@code structures} (a head's); never what moderation hid.
 */
@Repository
class DiarySearchRepository {

    /** A found entry: {@code homework} or {@code session}. */
    record Found(String kind, UUID id, ClassId classId, String subject, String title, LocalDate date) {
    }

    private final JdbcClient jdbc;

    DiarySearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Found> search(String pattern, Collection<ClassId> published, Collection<ClassId> all,
            Collection<StructureId> structures, Instant now, int limit) {
        return jdbc.sql("""
                select * from (
                  select 'homework' as kind, id, class_id, subject, title, due as day, publish_at, structure_id
                  from diary.homework where neutralized_at is null
                  union all
                  select 'session', id, class_id, subject, title, session_date, publish_at, structure_id
                  from diary.sessions where neutralized_at is null
                ) e
                where ((e.class_id = any(:published) and e.publish_at <= :now) or e.class_id = any(:all)
                       or e.structure_id = any(:structures))
                  and public.unaccent(lower(e.title || ' ' || e.subject)) like public.unaccent(lower(:q)) escape '\\'
                order by e.day desc, e.id limit :limit""")
                .param("published", published.stream().map(ClassId::value).toArray(UUID[]::new))
                .param("all", all.stream().map(ClassId::value).toArray(UUID[]::new))
                .param("structures", structures.stream().map(StructureId::value).toArray(UUID[]::new))
                .param("now", Times.ts(now)).param("q", pattern).param("limit", limit)
                .query((rs, n) -> new Found(rs.getString("kind"), rs.getObject("id", UUID.class),
                        new ClassId(rs.getObject("class_id", UUID.class)), rs.getString("subject"),
                        rs.getString("title"), rs.getObject("day", LocalDate.class)))
                .list();
    }
}
