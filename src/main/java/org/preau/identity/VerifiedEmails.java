package org.preau.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail addresses people proved to own. An address counts only while it is still the
 * person's contact address in the directory: changing it there needs a new proof.
 */
@Service
public class VerifiedEmails {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Clock clock;

    VerifiedEmails(JdbcClient jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** The person's verified address, if they have one. */
    public Optional<String> of(PersonId person) {
        String current = directory.contact(person).email();
        if (current == null) {
            return Optional.empty();
        }
        return jdbc.sql("select email from identity.verified_emails where person_id = :p")
                .param("p", person.value()).query(String.class).optional()
                .filter(verified -> verified.equalsIgnoreCase(current.strip()));
    }

    /** Records that the person proved to own this address. */
    @Transactional
    public void verified(PersonId person, String email) {
        jdbc.sql("""
                insert into identity.verified_emails (person_id, email, verified_at) values (:p, :e, :at)
                on conflict (person_id) do update set email = excluded.email, verified_at = excluded.verified_at""")
                .param("p", person.value()).param("e", email.strip()).param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
