package org.preau.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo people as logged-in users, ids of the demo territory, and waiting for deliveries. */
final class MessagingFixtures {

    private final JdbcClient jdbc;
    private final Directory directory;

    MessagingFixtures(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    PersonId id(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    PreauUser user(String login) {
        PersonId id = id(login);
        return new PreauUser(id, login, directory.card(id).orElseThrow().displayName(), directory.roles(id), true, null);
    }

    /** Someone of a class who is none of the documented demo accounts (for tests that delete people). */
    PreauUser pupilOf(String className) {
        PersonId id = new PersonId(jdbc.sql("""
                select m.person_id from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.persons p on p.id = m.person_id
                where c.name = :n and p.last_name <> 'Durand' order by p.display_name limit 1""")
                .param("n", className).query(UUID.class).single());
        return new PreauUser(id, "pupil", directory.card(id).orElseThrow().displayName(), directory.roles(id), true,
                null);
    }

    String classId(String name) {
        return jdbc.sql("select id from directory.classes where name = :n").param("n", name).query(UUID.class).single()
                .toString();
    }

    /** The automatic group of a class: {@code class:<id>:<PROFILE>}. */
    String group(String className, String profile) {
        return "class:" + classId(className) + ":" + profile;
    }

    /** How many boxes hold a message as received. */
    int delivered(UUID message) {
        return jdbc.sql("select count(*) from messaging.entries where message_id = :m and not own").param("m", message)
                .query(Integer.class).single();
    }

    /** Waits until the fan-out has put the message in {@code expected} boxes. */
    void awaitDelivered(UUID message, int expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> delivered(message) == expected);
    }

    /** The active legal guardians of the pupils of a class, each once. */
    List<UUID> parentsOf(String className) {
        return jdbc.sql("""
                select distinct f.relative_id from directory.class_members m
                join directory.classes c on c.id = m.class_id
                join directory.family_links f on f.child_id = m.person_id
                join directory.persons p on p.id = f.relative_id
                where c.name = :n and f.legal_guardian and p.state = 'ACTIVE'""")
                .param("n", className).query(UUID.class).list();
    }

    List<UUID> receivers(UUID message) {
        return jdbc.sql("select person_id from messaging.entries where message_id = :m and not own").param("m", message)
                .query(UUID.class).list();
    }
}
