package org.preau.access;

import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Finds people, classes and structures of the demo territory for the access tests (pupils' names are drawn at random). */
final class DemoPeople {

    static final String COLLEGE = "0930002B";
    static final String ECOLE = "0930001A";

    private final JdbcClient jdbc;
    private final Directory directory;

    DemoPeople(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    PersonId login(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    PreauUser user(String login) {
        PersonId id = login(login);
        return new PreauUser(id, login, login, directory.roles(id), true, null);
    }

    PersonId named(String displayName) {
        return new PersonId(jdbc.sql("select id from directory.persons where display_name = :n").param("n", displayName)
                .query(UUID.class).single());
    }

    /** The {@code n}-th pupil (by name, from 0) of a class, not a Durand. */
    PersonId pupil(String className, int n) {
        return new PersonId(jdbc.sql("""
                select p.id from directory.persons p join directory.class_members m on m.person_id = p.id
                join directory.classes c on c.id = m.class_id
                where c.name = :c and p.last_name <> 'Durand' order by p.last_name, p.first_name, p.id
                offset :n limit 1""").param("c", className).param("n", n).query(UUID.class).single());
    }

    /** A parent of a pupil. */
    PersonId parentOf(PersonId pupil) {
        return new PersonId(jdbc.sql("select relative_id from directory.family_links where child_id = :c order by 1 limit 1")
                .param("c", pupil.value()).query(UUID.class).single());
    }

    /** A parent of a pupil of {@code className} who has no child in the class of {@code other}'s children. */
    PersonId otherParent(String className, PersonId notOf) {
        return new PersonId(jdbc.sql("""
                select f.relative_id from directory.family_links f join directory.class_members m on m.person_id = f.child_id
                join directory.classes c on c.id = m.class_id
                where c.name = :c and f.relative_id <> :me and not exists (
                    select 1 from directory.family_links o join directory.family_links mine on mine.child_id = o.child_id
                    where o.relative_id = f.relative_id and mine.relative_id = :me)
                order by 1 limit 1""").param("c", className).param("me", notOf.value()).query(UUID.class).single());
    }

    StructureId structure(String uai) {
        return new StructureId(jdbc.sql("select id from directory.structures where uai = :u").param("u", uai)
                .query(UUID.class).single());
    }

    ClassId classId(String name) {
        return new ClassId(jdbc.sql("select id from directory.classes where name = :n").param("n", name)
                .query(UUID.class).single());
    }

    /** Back to the territory's defaults: no override, no lock, no explicit rule, no suspension. */
    void restoreDefaultRules() {
        jdbc.sql("delete from access.communication_rules where structure_id is not null").update();
        jdbc.sql("update access.communication_rules set locked = false").update();
        jdbc.sql("delete from access.communication_links").update();
        jdbc.sql("delete from access.kill_switches").update();
    }
}
