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

    /** The people whose verified address is this one (whatever its case), and still their contact address. */
    java.util.List<PersonId> holders(String email) {
        return jdbc.sql("select person_id from identity.verified_emails where lower(email) = lower(:e) order by verified_at")
                .param("e", email.strip()).query((rs, n) -> new PersonId(rs.getObject(1, java.util.UUID.class))).list()
                .stream().filter(person -> of(person).isPresent()).toList();
    }

    /** Forgets the person's proof (an admin reset the account: the next owner proves their address again). */
    void forget(PersonId person) {
        jdbc.sql("delete from identity.verified_emails where person_id = :p").param("p", person.value()).update();
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
