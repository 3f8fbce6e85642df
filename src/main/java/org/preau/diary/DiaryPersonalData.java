package org.preau.diary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.preau.platform.storage.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cahier de textes' part of "Mes données": for a pupil, the published homework of their
 * classes and groups with their "done" ticks; for a teacher, the sessions and homework they wrote
 * (attachments as files under {@code attachments/<entry id>/}); visas given or received.
 */
@Component
class DiaryPersonalData implements PersonalDataPart {

    record PupilHomework(UUID id, String book, String subject, LocalDate due, String title, String instructions,
            @Nullable Integer minutes, boolean handIn, @Nullable Instant doneAt) {
    }

    record Done(UUID homework, String title, LocalDate due, Instant doneAt) {
    }

    record Written(String kind, UUID id, UUID book, String subject, LocalDate date, String title, String text,
            Instant publishAt, Instant createdAt, Instant updatedAt, List<String> links, List<String> attachments) {
    }

    record Visa(UUID id, UUID structure, UUID teacher, UUID signer, LocalDate coversTo, String comment, Instant signedAt) {
    }

    private record FileRow(UUID entry, String key, String name) {
    }

    private final JdbcClient jdbc;
    private final Books books;
    private final FileStore store;
    private final Clock clock;

    DiaryPersonalData(JdbcClient jdbc, Books books, FileStore store, Clock clock) {
        this.jdbc = jdbc;
        this.books = books;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "diary";
    }

    @Override
    public void export(PersonId person, PersonalDataExport export) {
        UUID p = person.value();
        // the books the person reads as a pupil (a teacher's carry the subjects they teach)
        Map<UUID, String> read = new LinkedHashMap<>();
        books.of(person).stream().filter(c -> c.subjects().isEmpty()).forEach(c -> read.put(c.id().value(), c.name()));
        if (!read.isEmpty()) {
            export.json("homework", jdbc.sql("""
                    select h.id, h.class_id, h.subject, h.due, h.title, h.instructions, h.minutes, h.hand_in, d.done_at
                    from diary.homework h left join diary.done d on d.homework_id = h.id and d.pupil_id = :p
                    where h.class_id = any(:books) and h.publish_at <= :now order by h.due, h.subject, h.id""")
                    .param("p", p).param("books", read.keySet().toArray(UUID[]::new))
                    .param("now", Timestamp.from(clock.instant()))
                    .query((rs, n) -> new PupilHomework(rs.getObject(1, UUID.class), read.get(rs.getObject(2, UUID.class)),
                            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                            (Integer) rs.getObject(7), rs.getBoolean(8), at(rs, 9)))
                    .list());
        }
        export.json("done", jdbc.sql("""
                select h.id, h.title, h.due, d.done_at from diary.done d join diary.homework h on h.id = d.homework_id
                where d.pupil_id = :p order by h.due, h.id""")
                .param("p", p).query((rs, n) -> new Done(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), at(rs, 4))).list());
        Map<UUID, List<String>> links = new LinkedHashMap<>();
        jdbc.sql("""
                select coalesce(l.session_id, l.homework_id), l.url from diary.links l
                left join diary.sessions s on s.id = l.session_id left join diary.homework h on h.id = l.homework_id
                where s.author_id = :p or h.author_id = :p order by l.position""")
                .param("p", p).query(rs -> {
                    links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        List<FileRow> files = jdbc.sql("""
                select coalesce(a.session_id, a.homework_id), a.file_key, a.filename from diary.attachments a
                left join diary.sessions s on s.id = a.session_id left join diary.homework h on h.id = a.homework_id
                where s.author_id = :p or h.author_id = :p order by a.created_at, a.id""")
                .param("p", p).query((rs, n) -> new FileRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3))).list();
        Map<UUID, List<String>> attached = new LinkedHashMap<>();
        files.forEach(f -> attached.computeIfAbsent(f.entry(), k -> new ArrayList<>())
                .add("attachments/" + f.entry() + "/" + f.name()));
        export.json("written", jdbc.sql("""
                select 'SESSION', id, class_id, subject, session_date, title, content, publish_at, created_at, updated_at
                from diary.sessions where author_id = :p
                union all
                select 'HOMEWORK', id, class_id, subject, due, title, instructions, publish_at, created_at, updated_at
                from diary.homework where author_id = :p
                order by 5, 1, 2""")
                .param("p", p).query((rs, n) -> {
                    UUID id = rs.getObject(2, UUID.class);
                    return new Written(rs.getString(1), id, rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), at(rs, 8), at(rs, 9),
                            at(rs, 10), links.getOrDefault(id, List.of()), attached.getOrDefault(id, List.of()));
                }).list());
        export.json("visas", jdbc.sql("""
                select id, structure_id, teacher_id, signer_id, covers_to, comment, signed_at from diary.visas
                where teacher_id = :p or signer_id = :p order by signed_at, id""")
                .param("p", p).query((rs, n) -> new Visa(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class),
                        rs.getString(6), at(rs, 7))).list());
        for (FileRow file : files) {
            try {
                var content = store.open(file.key());
                if (content.isPresent()) {
                    export.file("attachments/" + file.entry() + "/" + file.name(), content.get());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static @Nullable Instant at(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
