package org.preau.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored attachments: their names, types, sizes and keys in the file store. */
@Repository
class FileRepository {

    /** A stored file. */
    record StoredFile(UUID id, String key, String name, String contentType, long size) {
    }

    private final JdbcClient jdbc;

    FileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID owner, String key, String name, String contentType, long size, Instant now) {
        jdbc.sql("""
                insert into messaging.files (id, owner_id, storage_key, name, content_type, size, created_at)
                values (:id, :owner, :key, :name, :type, :size, :now)""")
                .param("id", id).param("owner", owner).param("key", key).param("name", name)
                .param("type", contentType).param("size", size).param("now", Timestamp.from(now)).update();
    }

    /**
     * What a person's attachments weigh: the files attached to the messages they wrote and still
     * keep (drafts, scheduled and sent, trash included), each file once.
     */
    long usage(UUID person) {
        return jdbc.sql("""
                select coalesce(sum(f.size), 0) from messaging.files f where f.id in (
                    select a.file_id from messaging.attachments a
                    join messaging.entries e on e.message_id = a.message_id and e.person_id = :p and e.own)""")
                .param("p", person).query(Long.class).single();
    }

    /** A file attached to a message that the person holds in a box (else nothing: 404). */
    Optional<StoredFile> readable(UUID person, UUID message, UUID file) {
        return jdbc.sql("""
                select f.id, f.storage_key, f.name, f.content_type, f.size from messaging.files f
                join messaging.attachments a on a.file_id = f.id and a.message_id = :m
                where f.id = :f and exists (select 1 from messaging.entries e
                                            where e.message_id = :m and e.person_id = :p)""")
                .param("p", person).param("m", message).param("f", file)
                .query((rs, n) -> new StoredFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)))
                .optional();
    }

    /** Files attached to no message for a while (a draft deleted, an upload abandoned): removed with their bytes. */
    List<String> deleteOrphans(Instant before) {
        return jdbc.sql("""
                delete from messaging.files f where f.created_at < :before
                  and not exists (select 1 from messaging.attachments a where a.file_id = f.id)
                returning storage_key""")
                .param("before", Timestamp.from(before)).query(String.class).list();
    }
}
