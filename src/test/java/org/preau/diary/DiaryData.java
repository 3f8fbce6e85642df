package org.preau.diary;

import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ids of the demo territory for the diary's tests. */
final class DiaryData {

    private final JdbcClient jdbc;

    DiaryData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String classId(String name) {
        return jdbc.sql("select id from directory.classes where name = :n").param("n", name).query(UUID.class)
                .single().toString();
    }

    String personId(String login) {
        return jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single().toString();
    }

    String homeworkId(String title) {
        return jdbc.sql("select id from diary.homework where title = :t order by created_at limit 1").param("t", title)
                .query(UUID.class).single().toString();
    }

    String sessionId(String title) {
        return jdbc.sql("select id from diary.sessions where title = :t order by created_at limit 1").param("t", title)
                .query(UUID.class).single().toString();
    }

    String structureId(String uai) {
        return jdbc.sql("select id from directory.structures where uai = :u").param("u", uai).query(UUID.class)
                .single().toString();
    }

    /** A person of the demo as logged in (by login), with their roles from the directory. */
    PreauUser user(Directory directory, String login) {
        PersonId id = PersonId.of(personId(login));
        return new PreauUser(id, login, login, directory.roles(id), true, null);
    }
}
