package org.preau.diary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.diary.Entries.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the links and attachments of sessions and homework; {@code owner} names the column
 * ({@code session_id} or {@code homework_id}), never a value from a request.
 */
@Repository
class ExtrasRepository {

    enum Owner {
        SESSION("session_id"), HOMEWORK("homework_id");

        final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    /** A stored attachment and the entry it belongs to. */
    record StoredFile(UUID id, Owner owner, UUID entry, String key, String filename, String contentType, long size) {
    }

    private final JdbcClient jdbc;

    ExtrasRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replaceLinks(Owner owner, UUID entry, List<String> links) {
        jdbc.sql("delete from diary.links where " + owner.column + " = :e").param("e", entry).update();
        for (int i = 0; i < links.size(); i++) {
            jdbc.sql("insert into diary.links (" + owner.column + ", url, position) values (:e, :url, :p)")
                    .param("e", entry).param("url", links.get(i)).param("p", i).update();
        }
    }

    /** Links of several entries at once, by entry. */
    Map<UUID, List<String>> links(Owner owner, List<UUID> entries) {
        Map<UUID, List<String>> links = new HashMap<>();
        if (entries.isEmpty()) {
            return links;
        }
        jdbc.sql("select " + owner.column + " as e, url from diary.links where " + owner.column
                + " = any(:ids) order by position")
                .param("ids", entries.toArray(UUID[]::new))
                .query(rs -> {
                    links.computeIfAbsent(rs.getObject("e", UUID.class), k -> new ArrayList<>()).add(rs.getString("url"));
                });
        return links;
    }

    void insertAttachment(Owner owner, UUID entry, String key, String filename, String contentType, long size,
            Instant now) {
        jdbc.sql("insert into diary.attachments (" + owner.column + ", file_key, filename, content_type, size, created_at)"
                + " values (:e, :key, :name, :type, :size, :now)")
                .param("e", entry).param("key", key).param("name", filename).param("type", contentType)
                .param("size", size).param("now", Times.ts(now)).update();
    }

    Map<UUID, List<Attachment>> attachments(Owner owner, List<UUID> entries) {
        Map<UUID, List<Attachment>> files = new HashMap<>();
        if (entries.isEmpty()) {
            return files;
        }
        jdbc.sql("select " + owner.column + " as e, id, filename, content_type, size from diary.attachments where "
                + owner.column + " = any(:ids) order by created_at, filename")
                .param("ids", entries.toArray(UUID[]::new))
                .query(rs -> {
                    files.computeIfAbsent(rs.getObject("e", UUID.class), k -> new ArrayList<>())
                            .add(new Attachment(rs.getObject("id", UUID.class), rs.getString("filename"),
                                    rs.getString("content_type"), rs.getLong("size")));
                });
        return files;
    }

    Optional<StoredFile> attachment(UUID id) {
        return jdbc.sql("select * from diary.attachments where id = :id").param("id", id)
                .query((rs, n) -> {
                    UUID session = rs.getObject("session_id", UUID.class);
                    return new StoredFile(id, session != null ? Owner.SESSION : Owner.HOMEWORK,
                            session != null ? session : rs.getObject("homework_id", UUID.class),
                            rs.getString("file_key"), rs.getString("filename"), rs.getString("content_type"),
                            rs.getLong("size"));
                }).optional();
    }

    /** Copies the links and attachments of an entry to another (the files are shared, never changed). */
    void copy(Owner owner, UUID from, UUID to) {
        jdbc.sql("insert into diary.links (" + owner.column + ", url, position) select :to, url, position"
                + " from diary.links where " + owner.column + " = :from").param("to", to).param("from", from).update();
        jdbc.sql("insert into diary.attachments (" + owner.column + ", file_key, filename, content_type, size, created_at)"
                + " select :to, file_key, filename, content_type, size, created_at from diary.attachments where "
                + owner.column + " = :from").param("to", to).param("from", from).update();
    }

    /** The files of an entry no other entry uses (to delete from the store with the entry). */
    List<String> ownFiles(Owner owner, UUID entry) {
        return jdbc.sql("select a.file_key from diary.attachments a where a." + owner.column + " = :e"
                + " and not exists (select 1 from diary.attachments o where o.file_key = a.file_key and o.id <> a.id)")
                .param("e", entry).query(String.class).list();
    }

    /** Removes one attachment; returns its stored file's key when no other entry uses that file any more. */
    Optional<String> deleteAttachment(UUID id) {
        return jdbc.sql("delete from diary.attachments where id = :id returning file_key").param("id", id)
                .query(String.class).optional()
                .filter(key -> !jdbc.sql("select exists (select 1 from diary.attachments where file_key = :k)")
                        .param("k", key).query(Boolean.class).single());
    }
}
