package org.preau.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.diary.Entries.Homework;
import org.preau.diary.Entries.HomeworkLine;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of homework and of pupils' "done" ticks. */
@Repository
class HomeworkRepository {

    private static final String SELECT = """
            select h.*, visa.signed_at as visa_at, visa.signer_id as visa_by, visa.comment as visa_comment,
                   false as done
            from diary.homework h
            """ + DiarySessionRepository.VISA.formatted("h", "due");

    private final JdbcClient jdbc;

    HomeworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(StructureId structure, PersonId author, HomeworkDraft d, String instructions, Instant publishAt,
            Instant now) {
        return jdbc.sql("""
                insert into diary.homework (structure_id, class_id, subject, author_id, due, title, instructions,
                                            minutes, hand_in, publish_at, created_at, updated_at)
                values (:structure, :class, :subject, :author, :due, :title, :instructions, :minutes, :handIn,
                        :publishAt, :now, :now)
                returning id""")
                .param("structure", structure.value()).param("class", d.classId().value())
                .param("subject", d.subject()).param("author", author.value()).param("due", d.due())
                .param("title", d.title()).param("instructions", instructions).param("minutes", d.minutes())
                .param("handIn", d.handIn()).param("publishAt", Times.ts(publishAt)).param("now", Times.ts(now))
                .query(UUID.class).single();
    }

    void update(UUID id, HomeworkDraft d, String instructions, Instant publishAt, Instant now) {
        jdbc.sql("""
                update diary.homework set subject = :subject, due = :due, title = :title, instructions = :instructions,
                       minutes = :minutes, hand_in = :handIn, publish_at = :publishAt, updated_at = :now
                where id = :id""")
                .param("subject", d.subject()).param("due", d.due()).param("title", d.title())
                .param("instructions", instructions).param("minutes", d.minutes()).param("handIn", d.handIn())
                .param("publishAt", Times.ts(publishAt)).param("now", Times.ts(now)).param("id", id).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from diary.homework where id = :id").param("id", id).update();
    }

    Optional<Homework> find(UUID id) {
        return jdbc.sql(SELECT + " where h.id = :id").param("id", id).query(HomeworkRepository::row).optional();
    }

    /** A class's homework due between two dates; only what is published by {@code visibleAt} unless {@code all}. */
    List<Homework> ofClass(ClassId classId, LocalDate from, LocalDate to, Instant visibleAt, boolean all) {
        return jdbc.sql(SELECT + """
                 where h.class_id = :class and h.due between :from and :to and (:all or h.publish_at <= :at)
                order by h.due, h.subject, h.created_at""")
                .param("class", classId.value()).param("from", from).param("to", to)
                .param("at", Times.ts(visibleAt)).param("all", all)
                .query(HomeworkRepository::row).list();
    }

    List<Homework> ofAuthor(PersonId author, StructureId structure, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                 where h.author_id = :author and h.structure_id = :structure and h.due between :from and :to
                order by h.due, h.subject, h.created_at""")
                .param("author", author.value()).param("structure", structure.value()).param("from", from)
                .param("to", to).query(HomeworkRepository::row).list();
    }

    /**
     * A pupil's published homework in their classes, due between two dates, with their own
     * tick: the list pupils and parents open most (index {@code homework_class_due}).
     */
    List<HomeworkLine> forPupil(PersonId pupil, Collection<ClassId> classes, LocalDate from, LocalDate to,
            Instant visibleAt, int offset, int limit) {
        if (classes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select h.id, h.class_id, h.subject, h.due, h.title, h.instructions, h.minutes, h.hand_in,
                       d.pupil_id is not null as done
                from diary.homework h
                left join diary.done d on d.homework_id = h.id and d.pupil_id = :pupil
                where h.class_id = any(:classes) and h.due between :from and :to and h.publish_at <= :at
                  and h.neutralized_at is null
                order by h.due, h.subject, h.id offset :offset limit :limit""")
                .param("pupil", pupil.value()).param("classes", classes.stream().map(ClassId::value).toArray(UUID[]::new))
                .param("from", from).param("to", to).param("at", Times.ts(visibleAt))
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new HomeworkLine(rs.getObject("id", UUID.class),
                        new ClassId(rs.getObject("class_id", UUID.class)), rs.getString("subject"),
                        rs.getObject("due", LocalDate.class), rs.getString("title"), rs.getString("instructions"),
                        (Integer) rs.getObject("minutes"), rs.getBoolean("hand_in"), rs.getBoolean("done")))
                .list();
    }

    boolean isDone(UUID homework, PersonId pupil) {
        return jdbc.sql("select exists (select 1 from diary.done where homework_id = :h and pupil_id = :p)")
                .param("h", homework).param("p", pupil.value()).query(Boolean.class).single();
    }

    void setDone(UUID homework, PersonId pupil, boolean done, Instant now) {
        if (done) {
            jdbc.sql("insert into diary.done values (:h, :p, :now) on conflict do nothing")
                    .param("h", homework).param("p", pupil.value()).param("now", Times.ts(now)).update();
        } else {
            jdbc.sql("delete from diary.done where homework_id = :h and pupil_id = :p")
                    .param("h", homework).param("p", pupil.value()).update();
        }
    }

    /** The notification claimed for homework now visible (given), not due yet, not yet told. */
    record ToNotify(UUID id, ClassId classId, String subject, LocalDate due) {
    }

    /** Claims (once, whatever the number of nodes) the homework to tell pupils about. */
    List<ToNotify> claimNotifications(Instant now, LocalDate today) {
        return jdbc.sql("""
                update diary.homework set notified_at = :now
                where notified_at is null and publish_at <= :now and due >= :today and neutralized_at is null
                returning id, class_id, subject, due""")
                .param("now", Times.ts(now)).param("today", today)
                .query((rs, n) -> new ToNotify(rs.getObject("id", UUID.class),
                        new ClassId(rs.getObject("class_id", UUID.class)), rs.getString("subject"),
                        rs.getObject("due", LocalDate.class)))
                .list();
    }

    private static Homework row(ResultSet rs, int n) throws SQLException {
        return new Homework(rs.getObject("id", UUID.class), new StructureId(rs.getObject("structure_id", UUID.class)),
                new ClassId(rs.getObject("class_id", UUID.class)), rs.getString("subject"),
                new PersonId(rs.getObject("author_id", UUID.class)), rs.getObject("due", LocalDate.class),
                rs.getString("title"), rs.getString("instructions"), (Integer) rs.getObject("minutes"),
                rs.getBoolean("hand_in"), Times.instant(rs, "publish_at"), Times.visa(rs), rs.getBoolean("done"),
                List.of(), List.of(), rs.getTimestamp("neutralized_at") != null);
    }
}
