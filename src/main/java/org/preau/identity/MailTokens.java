package org.preau.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The single-use links sent by mail ({@link RandomTokens}, only their hash kept). A link
 * carries a purpose: a reset token never proves an address, nor the reverse.
 */
@Repository
class MailTokens {

    /** What a link is for. */
    enum Purpose {
        VERIFY_EMAIL, RESET_PASSWORD
    }

    /** A link found by its token: whose, for which address, and whether it may still be used. */
    record Found(PersonId person, String email, Instant expiresAt, @Nullable Instant usedAt) {

        /** Why the link may not be used ({@code null} when it may): for the logs. */
        @Nullable String refusal(Instant now) {
            if (usedAt != null) {
                return "used or replaced";
            }
            return expiresAt.isAfter(now) ? null : "expired";
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MailTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link for this person and address, valid for {@code validity}; returns the token to send. */
    String issue(PersonId person, Purpose purpose, String email, Duration validity) {
        String token = RandomTokens.next();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into identity.mail_tokens (token_hash, person_id, purpose, email, created_at, expires_at)
                values (:h, :p, :purpose, :e, :now, :expires)""")
                .param("h", hash(token)).param("p", person.value()).param("purpose", purpose.name())
                .param("e", email).param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(validity)))
                .update();
        return token;
    }

    /** The link of this token and purpose, used or not; empty for a malformed or unknown token. */
    Optional<Found> find(@Nullable String token, Purpose purpose) {
        if (!RandomTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select person_id, email, expires_at, used_at from identity.mail_tokens
                where token_hash = :h and purpose = :purpose""")
                .param("h", hash(token)).param("purpose", purpose.name())
                .query((rs, n) -> new Found(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** Uses the link up; false when it was used, replaced or expired meanwhile (two clicks at once). */
    boolean consume(String token, Purpose purpose) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                update identity.mail_tokens set used_at = :now
                where token_hash = :h and purpose = :purpose and used_at is null and expires_at > :now""")
                .param("now", now).param("h", hash(token)).param("purpose", purpose.name()).update() == 1;
    }

    /** Makes every unused link of this person and purpose useless (a newer one was sent, or the job is done). */
    void supersede(PersonId person, Purpose purpose) {
        jdbc.sql("""
                update identity.mail_tokens set used_at = :now
                where person_id = :p and purpose = :purpose and used_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("p", person.value())
                .param("purpose", purpose.name()).update();
    }

    /** How many links of this purpose were sent to the person in the last hour. */
    int sentInTheLastHour(PersonId person, Purpose purpose) {
        return jdbc.sql("""
                select count(*) from identity.mail_tokens
                where person_id = :p and purpose = :purpose and created_at > :since""")
                .param("p", person.value()).param("purpose", purpose.name())
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .query(Integer.class).single();
    }

    @Scheduled(cron = "${preau.identity.token-purge-cron:0 25 3 * * *}", zone = "Europe/Paris")
    void purge() {
        jdbc.sql("delete from identity.mail_tokens where expires_at < :limit")
                .param("limit", Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
    }

    private static String hash(String token) {
        return RandomTokens.hash(token);
    }
}
