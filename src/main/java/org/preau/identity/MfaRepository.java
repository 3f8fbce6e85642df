package org.preau.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the second factors: authenticator secrets, recovery codes and codes sent by mail. */
@Repository
class MfaRepository {

    /** The per-person tables of second factors. */
    static final List<String> TABLES = List.of("identity.mfa_totp", "identity.mfa_recovery_codes",
            "identity.mfa_mail_codes");

    /** An authenticator secret as stored (encrypted). */
    record TotpRow(byte[] secret, boolean confirmed, long lastUsedStep, Instant createdAt) {
    }

    /** The code by mail a person may still type. */
    record MailCodeRow(long id, String hash, int tries) {
    }

    private final JdbcClient jdbc;

    MfaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TotpRow> totp(PersonId person) {
        return jdbc.sql("""
                select secret, confirmed_at is not null, last_used_step, created_at from identity.mfa_totp
                where person_id = :p""")
                .param("p", person.value())
                .query((rs, n) -> new TotpRow(rs.getBytes(1), rs.getBoolean(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant())).optional();
    }

    /** Keeps a new, not yet confirmed secret; false when the person has a confirmed one already. */
    boolean savePending(PersonId person, byte[] secret, Instant now) {
        return jdbc.sql("""
                insert into identity.mfa_totp (person_id, secret, created_at) values (:p, :s, :now)
                on conflict (person_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                  last_used_step = -1
                where identity.mfa_totp.confirmed_at is null""")
                .param("p", person.value()).param("s", secret).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Confirms the pending secret with the step of the code typed; false if something else got there first. */
    boolean confirm(PersonId person, long step, Instant now) {
        return jdbc.sql("""
                update identity.mfa_totp set confirmed_at = :now, last_used_step = :step
                where person_id = :p and confirmed_at is null and last_used_step < :step""")
                .param("now", Timestamp.from(now)).param("step", step).param("p", person.value()).update() == 1;
    }

    /** Records the step of an accepted code; false when it (or a later one) was used already. */
    boolean useStep(PersonId person, long step) {
        return jdbc.sql("""
                update identity.mfa_totp set last_used_step = :step
                where person_id = :p and confirmed_at is not null and last_used_step < :step""")
                .param("step", step).param("p", person.value()).update() == 1;
    }

    /** Forgets every second factor of a person; true if they had an authenticator. */
    boolean deleteAll(PersonId person) {
        boolean had = jdbc.sql("delete from identity.mfa_totp where person_id = :p and confirmed_at is not null")
                .param("p", person.value()).update() > 0;
        for (String table : TABLES) {
            jdbc.sql("delete from " + table + " where person_id = :p").param("p", person.value()).update();
        }
        return had;
    }

    void replaceRecoveryCodes(PersonId person, List<String> hashes) {
        jdbc.sql("delete from identity.mfa_recovery_codes where person_id = :p").param("p", person.value()).update();
        for (String hash : hashes) {
            jdbc.sql("insert into identity.mfa_recovery_codes (person_id, code_hash) values (:p, :h)")
                    .param("p", person.value()).param("h", hash).update();
        }
    }

    boolean useRecoveryCode(PersonId person, String hash, Instant now) {
        return jdbc.sql("""
                update identity.mfa_recovery_codes set used_at = :now
                where person_id = :p and code_hash = :h and used_at is null""")
                .param("now", Timestamp.from(now)).param("p", person.value()).param("h", hash).update() == 1;
    }

    int recoveryCodesLeft(PersonId person) {
        return jdbc.sql("select count(*) from identity.mfa_recovery_codes where person_id = :p and used_at is null")
                .param("p", person.value()).query(Integer.class).single();
    }

    int mailCodesSince(PersonId person, Instant since) {
        return jdbc.sql("select count(*) from identity.mfa_mail_codes where person_id = :p and created_at > :since")
                .param("p", person.value()).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Stores a new code by mail: the earlier ones stop counting, and rows older than a day go. */
    void newMailCode(PersonId person, String hash, Instant now, Instant expires) {
        jdbc.sql("delete from identity.mfa_mail_codes where person_id = :p and created_at < :old")
                .param("p", person.value()).param("old", Timestamp.from(now.minus(1, ChronoUnit.DAYS))).update();
        jdbc.sql("update identity.mfa_mail_codes set spent = true where person_id = :p and not spent")
                .param("p", person.value()).update();
        jdbc.sql("""
                insert into identity.mfa_mail_codes (person_id, code_hash, created_at, expires_at)
                values (:p, :h, :now, :expires)""")
                .param("p", person.value()).param("h", hash).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).update();
    }

    /** The code a person may still type (not spent, not expired, tries left), locked for this transaction. */
    Optional<MailCodeRow> liveMailCode(PersonId person, Instant now, int maxTries) {
        return jdbc.sql("""
                select id, code_hash, tries from identity.mfa_mail_codes
                where person_id = :p and not spent and expires_at > :now and tries < :max
                order by created_at desc limit 1 for update""")
                .param("p", person.value()).param("now", Timestamp.from(now)).param("max", maxTries)
                .query((rs, n) -> new MailCodeRow(rs.getLong(1), rs.getString(2), rs.getInt(3))).optional();
    }

    void mailCodeTried(long id) {
        jdbc.sql("update identity.mfa_mail_codes set tries = tries + 1 where id = :id").param("id", id).update();
    }

    void spendMailCode(long id) {
        jdbc.sql("update identity.mfa_mail_codes set spent = true where id = :id").param("id", id).update();
    }

    Optional<String> passwordHash(PersonId person) {
        return jdbc.sql("select password_hash from identity.accounts where person_id = :p and password_hash is not null")
                .param("p", person.value()).query(String.class).optional();
    }
}
