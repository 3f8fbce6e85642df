package org.preau.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The browsers each person logged in from (a hash of their device cookie, a short name, first
 * and last seen): fifty at most per person, forgotten after {@link #FORGET_AFTER} unseen.
 */
@Repository
class KnownDevices {

    /** How a login's device relates to the person's known ones. */
    enum Seen {
        /** Seen before for this person. */
        KNOWN,
        /** New, and the person had others: worth an alert. */
        NEW,
        /** The person's first device ever (their first login here): nothing to compare with. */
        FIRST
    }

    static final Duration FORGET_AFTER = Duration.ofDays(400);
    private static final int KEEP = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    KnownDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Notes a login of the person from this device. */
    Seen seen(PersonId person, String deviceToken, String summary) {
        Timestamp now = Timestamp.from(clock.instant());
        String hash = hash(deviceToken);
        int updated = jdbc.sql("""
                update identity.known_devices set last_seen = :now, summary = :s where person_id = :p and device_hash = :h""")
                .param("now", now).param("s", summary).param("p", person.value()).param("h", hash).update();
        if (updated == 1) {
            return Seen.KNOWN;
        }
        boolean hadOthers = jdbc.sql("select exists (select 1 from identity.known_devices where person_id = :p)")
                .param("p", person.value()).query(Boolean.class).single();
        jdbc.sql("""
                insert into identity.known_devices (person_id, device_hash, summary, first_seen, last_seen)
                values (:p, :h, :s, :now, :now) on conflict do nothing""")
                .param("p", person.value()).param("h", hash).param("s", summary).param("now", now).update();
        jdbc.sql("""
                delete from identity.known_devices where person_id = :p and device_hash not in (
                  select device_hash from identity.known_devices where person_id = :p order by last_seen desc limit :keep)""")
                .param("p", person.value()).param("keep", KEEP).update();
        return hadOthers ? Seen.NEW : Seen.FIRST;
    }

    @Scheduled(cron = "${preau.identity.device-purge-cron:0 35 3 * * *}", zone = "Europe/Paris")
    void forgetOldDevices() {
        jdbc.sql("delete from identity.known_devices where last_seen < :limit")
                .param("limit", Timestamp.from(clock.instant().minus(FORGET_AFTER))).update();
    }

    private static String hash(String token) {
        return RandomTokens.hash(token);
    }
}
