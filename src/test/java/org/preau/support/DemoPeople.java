package org.preau.support;

import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo territory's people by login, as facades take them (a {@link PreauUser} as after a login). */
public record DemoPeople(JdbcClient jdbc, Directory directory) {

    public PersonId id(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    public PreauUser user(String login) {
        return user(id(login), login);
    }

    public PreauUser user(PersonId id, String login) {
        return new PreauUser(id, login, directory.card(id).orElseThrow().displayName(), directory.roles(id), true, null);
    }
}
