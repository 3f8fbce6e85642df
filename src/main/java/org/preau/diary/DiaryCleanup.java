package org.preau.diary;

import java.util.List;

import org.preau.directory.PersonsDeleted;
import org.preau.directory.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * People deleted or merged in the directory (idempotent). A deleted pupil's ticks go; what a
 * deleted teacher wrote stays in the class's book under a pseudonym ("a former teacher"), and
 * the visas of their book go with them. A merge moves everything to the kept record.
 */
@Component
class DiaryCleanup {

    private final JdbcClient jdbc;

    DiaryCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        String[] ids = event.persons().stream().map(id -> id.value().toString()).toArray(String[]::new);
        jdbc.sql("delete from diary.done where pupil_id = any(:ids::uuid[])").param("ids", ids).update();
        jdbc.sql("delete from diary.visas where teacher_id = any(:ids::uuid[])").param("ids", ids).update();
        for (String column : List.of("diary.sessions.author_id", "diary.homework.author_id", "diary.visas.signer_id")) {
            int dot = column.lastIndexOf('.');
            String table = column.substring(0, dot);
            String name = column.substring(dot + 1);
            jdbc.sql("""
                    with p as materialized (select id, gen_random_uuid() as pseudonym from unnest(:ids::uuid[]) as id)
                    update %1$s t set %2$s = p.pseudonym from p where t.%2$s = p.id""".formatted(table, name))
                    .param("ids", ids).update();
        }
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        var kept = event.kept().value();
        var removed = event.removed().value();
        jdbc.sql("""
                insert into diary.done (homework_id, pupil_id, done_at)
                select homework_id, :k, done_at from diary.done where pupil_id = :r
                on conflict do nothing""").param("k", kept).param("r", removed).update();
        jdbc.sql("delete from diary.done where pupil_id = :r").param("r", removed).update();
        for (String sql : List.of("update diary.sessions set author_id = :k where author_id = :r",
                "update diary.homework set author_id = :k where author_id = :r",
                "update diary.visas set teacher_id = :k where teacher_id = :r",
                "update diary.visas set signer_id = :k where signer_id = :r")) {
            jdbc.sql(sql).param("k", kept).param("r", removed).update();
        }
    }
}
