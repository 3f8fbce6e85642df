package org.preau.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.diary.Entries.Session;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of sessions (séances). */
@Repository
class DiarySessionRepository {

    /** The first visa that covers an entry: the author's, in the entry's structure, up to a date on or after it. */
    static final String VISA = """
            left join lateral (select v.signed_at, v.signer_id, v.comment from diary.visas v
                               where v.teacher_id = %1$s.author_id and v.structure_id = %1$s.structure_id
                                 and v.covers_to >= %1$s.%2$s order by v.signed_at limit 1) visa on true""";

    private static final String SELECT = """
            select s.*, visa.signed_at as visa_at, visa.signer_id as visa_by, visa.comment as visa_comment
            from diary.sessions s
            """ + VISA.formatted("s", "session_date");

    private final JdbcClient jdbc;

    DiarySessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(StructureId structure, PersonId author, SessionDraft d, String content, Instant publishAt, Instant now) {
        return jdbc.sql("""
                insert into diary.sessions (structure_id, class_id, subject, author_id, session_date, title, content,
                                            publish_at, created_at, updated_at)
                values (:structure, :class, :subject, :author, :date, :title, :content, :publishAt, :now, :now)
                returning id""")
                .param("structure", structure.value()).param("class", d.classId().value())
                .param("subject", d.subject()).param("author", author.value()).param("date", d.date())
                .param("title", d.title()).param("content", content).param("publishAt", Times.ts(publishAt))
                .param("now", Times.ts(now))
                .query(UUID.class).single();
    }

    void update(UUID id, SessionDraft d, String content, Instant publishAt, Instant now) {
        jdbc.sql("""
                update diary.sessions set subject = :subject, session_date = :date, title = :title, content = :content,
                       publish_at = :publishAt, updated_at = :now where id = :id""")
                .param("subject", d.subject()).param("date", d.date()).param("title", d.title())
                .param("content", content).param("publishAt", Times.ts(publishAt)).param("now", Times.ts(now))
                .param("id", id).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from diary.sessions where id = :id").param("id", id).update();
    }

    Optional<Session> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(DiarySessionRepository::row).optional();
    }

    /** A class's sessions between two dates; only those published by {@code visibleAt} unless it is null. */
    List<Session> ofClass(ClassId classId, LocalDate from, LocalDate to, Instant visibleAt, boolean all) {
        return jdbc.sql(SELECT + """
                 where s.class_id = :class and s.session_date between :from and :to
                   and (:all or s.publish_at <= :at)
                order by s.session_date, s.subject, s.created_at""")
                .param("class", classId.value()).param("from", from).param("to", to)
                .param("at", Times.ts(visibleAt)).param("all", all)
                .query(DiarySessionRepository::row).list();
    }

    /** A teacher's sessions in a structure between two dates (the book the head signs). */
    List<Session> ofAuthor(PersonId author, StructureId structure, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                 where s.author_id = :author and s.structure_id = :structure and s.session_date between :from and :to
                order by s.session_date, s.subject, s.created_at""")
                .param("author", author.value()).param("structure", structure.value()).param("from", from)
                .param("to", to).query(DiarySessionRepository::row).list();
    }

    /** The classes where a teacher wrote sessions between two dates. */
    List<ClassId> classesOfAuthor(PersonId author, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select distinct class_id from diary.sessions
                where author_id = :author and session_date between :from and :to""")
                .param("author", author.value()).param("from", from).param("to", to)
                .query((rs, n) -> new ClassId(rs.getObject(1, UUID.class))).list();
    }

    /** The authors who wrote in a structure (the teachers whose books the head may sign). */
    List<PersonId> authors(StructureId structure) {
        return jdbc.sql("""
                select author_id from diary.sessions where structure_id = :s
                union select author_id from diary.homework where structure_id = :s""")
                .param("s", structure.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    private static Session row(ResultSet rs, int n) throws SQLException {
        return new Session(rs.getObject("id", UUID.class), new StructureId(rs.getObject("structure_id", UUID.class)),
                new ClassId(rs.getObject("class_id", UUID.class)), rs.getString("subject"),
                new PersonId(rs.getObject("author_id", UUID.class)), rs.getObject("session_date", LocalDate.class),
                rs.getString("title"), rs.getString("content"), Times.instant(rs, "publish_at"), Times.visa(rs),
                List.of(), List.of(), rs.getTimestamp("neutralized_at") != null);
    }
}
