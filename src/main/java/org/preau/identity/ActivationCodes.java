package org.preau.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activation codes for accounts not yet activated: issued in bulk for the letters an admin
 * prints, shown once, kept only as a hash; issuing again replaces the previous code.
 */
@Service
public class ActivationCodes {

    /** Letters without look-alikes (no 0/O, 1/I/L). */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 10;

    /** A code to print, with the login it activates. */
    public record Letter(PersonId person, String login, String code, Instant expiresAt) {
    }

    private final MailLinks links;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder hasher = new BCryptPasswordEncoder(8);
    /** Compared with when a person has no current code, so that it costs what a wrong code costs. */
    private final String sampleHash = hasher.encode("PREAUSAMPLE");
    private final java.util.concurrent.atomic.AtomicLong checks = new java.util.concurrent.atomic.AtomicLong();

    ActivationCodes(JdbcClient jdbc, JdbcTemplate batch, Clock clock,
            @Value("${preau.identity.activation-validity:P90D}") Duration validity, MailLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * The address of Préau printed on letters: the configured {@code preau.public-url}, never the
     * request's {@code Host} (a forged header must not send families to another server).
     */
    public String letterAddress() {
        return links.to("");
    }

    /** How many of {@code people} have an account not activated yet (the letters a print would make). */
    public int notActivated(List<PersonId> people) {
        return jdbc.sql("""
                select count(*) from identity.accounts
                where person_id = any(:ids) and password_hash is null and state = 'ACTIVE'""")
                .param("ids", people.stream().map(PersonId::value).toArray(java.util.UUID[]::new))
                .query(Integer.class).single();
    }

    /** New codes for those of {@code people} whose account is not activated yet, in the order given. */
    @Transactional
    public List<Letter> issue(List<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        var pending = jdbc.sql("""
                select person_id, login from identity.accounts
                where person_id = any(:ids) and password_hash is null and state = 'ACTIVE'""")
                .param("ids", people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) }).list();
        var logins = new java.util.HashMap<UUID, String>();
        pending.forEach(row -> logins.put((UUID) row[0], (String) row[1]));
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        List<Letter> letters = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (PersonId person : people) {
            String login = logins.remove(person.value());
            if (login != null) {
                String code = newCode();
                letters.add(new Letter(person, login, code, expires));
                rows.add(new Object[] { person.value(), hasher.encode(code), Timestamp.from(now), Timestamp.from(expires) });
            }
        }
        batch.batchUpdate("""
                insert into identity.activation_codes values (?, ?, ?, ?)
                on conflict (person_id) do update set code_hash = excluded.code_hash,
                    created_at = excluded.created_at, expires_at = excluded.expires_at""", rows);
        return letters;
    }

    /** Whether {@code code} is the current, unexpired code of this person. */
    public boolean matches(PersonId person, String code) {
        var hash = jdbc.sql("select code_hash from identity.activation_codes where person_id = :p and expires_at > :now")
                .param("p", person.value()).param("now", Timestamp.from(clock.instant()))
                .query(String.class).optional();
        // without a code, the typed one is compared with a sample: an answer takes as long either way
        checks.incrementAndGet();
        boolean matched = hasher.matches(code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", ""),
                hash.orElse(sampleHash));
        return matched && hash.isPresent();
    }

    /** How many codes were compared with a hash since start (tests: the work an answer costs). */
    long checks() {
        return checks.get();
    }

    private String newCode() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
