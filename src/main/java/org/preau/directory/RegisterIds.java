package org.preau.directory;

import java.util.Optional;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's id in the register that fed them (AAF, ONDE), for what the imports keep of their entry. */
@Service
@Transactional(readOnly = true)
public class RegisterIds {

    private final JdbcClient jdbc;

    RegisterIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The register's id of the person; empty for a person created by hand. */
    public Optional<String> of(PersonId person) {
        return jdbc.sql("select external_id from directory.persons where id = :p and external_id is not null")
                .param("p", person.value()).query(String.class).optional();
    }
}
