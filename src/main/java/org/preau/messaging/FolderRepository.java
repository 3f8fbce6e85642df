package org.preau.messaging;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageViews.FolderLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal folders, up to three levels deep. */
@Repository
class FolderRepository {

    private final JdbcClient jdbc;

    FolderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's folders in tree order (each folder followed by its sub-folders), without counts. */
    List<FolderLine> folders(UUID owner) {
        return jdbc.sql("""
                with recursive tree as (
                    select id, parent_id, name, depth, array[lower(name), id::text] as path from messaging.folders
                    where owner_id = :o and parent_id is null
                    union all
                    select f.id, f.parent_id, f.name, f.depth, t.path || array[lower(f.name), f.id::text]
                    from messaging.folders f join tree t on f.parent_id = t.id)
                select id, parent_id, name, depth from tree order by path""")
                .param("o", owner)
                .query((rs, n) -> new FolderLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getInt(4), 0))
                .list();
    }

    /** The depth of a folder of the owner; empty when it is not theirs. */
    Optional<Integer> depth(UUID owner, UUID folder) {
        return jdbc.sql("select depth from messaging.folders where id = :f and owner_id = :o")
                .param("f", folder).param("o", owner).query(Integer.class).optional();
    }

    /** Creates a folder; empty when the owner already has one of that name there. */
    Optional<UUID> create(UUID owner, @Nullable UUID parent, String name, int depth) {
        return jdbc.sql("""
                insert into messaging.folders (owner_id, parent_id, name, depth) values (:o, :parent, :name, :depth)
                on conflict do nothing returning id""")
                .param("o", owner).param("parent", parent).param("name", name).param("depth", depth)
                .query(UUID.class).optional();
    }

    boolean rename(UUID owner, UUID folder, String name) {
        return jdbc.sql("""
                update messaging.folders set name = :name where id = :f and owner_id = :o
                and not exists (select 1 from messaging.folders s where s.owner_id = :o and s.id <> :f
                    and coalesce(s.parent_id, s.owner_id) = (select coalesce(parent_id, owner_id) from messaging.folders
                                                             where id = :f) and lower(s.name) = lower(:name))""")
                .param("o", owner).param("f", folder).param("name", name).update() == 1;
    }

    /** Deletes a folder and its sub-folders; their messages go to the trash. */
    boolean delete(UUID owner, UUID folder, Instant now) {
        String tree = """
                with recursive tree as (select id from messaging.folders where id = :f and owner_id = :o
                    union all select f.id from messaging.folders f join tree t on f.parent_id = t.id)
                """;
        jdbc.sql(tree + """
                update messaging.entries set folder = 'TRASH', folder_id = null, trashed_at = :now
                where person_id = :o and folder_id in (select id from tree)""")
                .param("o", owner).param("f", folder).param("now", Timestamp.from(now)).update();
        return jdbc.sql("delete from messaging.folders where id = :f and owner_id = :o")
                .param("o", owner).param("f", folder).update() == 1;
    }
}
