package org.preau.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.preau.platform.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Slows attacks down without stopping a school: an account is locked for a growing delay
 * after repeated failures, and a network address that fails too often is refused for a
 * while. Only failures count, so a thousand pupils behind one address log in freely.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int lockAfter;
    private final Duration firstLock;
    private final Duration longestLock;
    private final int ipFailuresPerMinute;
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${preau.identity.lock-after-failures:5}") int lockAfter,
            @Value("${preau.identity.first-lock:PT1M}") Duration firstLock,
            @Value("${preau.identity.longest-lock:PT1H}") Duration longestLock,
            @Value("${preau.identity.ip-failures-per-minute:20}") int ipFailuresPerMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
        this.ipFailuresPerMinute = ipFailuresPerMinute;
    }

    /** Whether the account is locked now. */
    boolean locked(PersonId person) {
        return jdbc.sql("select locked_until > :now from identity.accounts where person_id = :p")
                .param("now", Timestamp.from(clock.instant())).param("p", person.value())
                .query(Boolean.class).optional().orElse(false);
    }

    /** Counts a failure; true when it locks the account. */
    boolean failed(PersonId person) {
        Integer attempts = jdbc.sql("""
                update identity.accounts set failed_attempts = failed_attempts + 1 where person_id = :p
                returning failed_attempts""").param("p", person.value()).query(Integer.class).optional().orElse(0);
        if (attempts < lockAfter) {
            return false;
        }
        long factor = 1L << Math.min(attempts - lockAfter, 20);
        Duration lock = firstLock.multipliedBy(factor);
        Instant until = clock.instant().plus(lock.compareTo(longestLock) > 0 ? longestLock : lock);
        jdbc.sql("update identity.accounts set locked_until = :until where person_id = :p")
                .param("until", Timestamp.from(until)).param("p", person.value()).update();
        return true;
    }

    void succeeded(PersonId person) {
        jdbc.sql("update identity.accounts set failed_attempts = 0, locked_until = null where person_id = :p and failed_attempts > 0")
                .param("p", person.value()).update();
    }

    void unlock(PersonId person) {
        succeeded(person);
    }

    /** Whether this address has used up its failures for now. */
    boolean addressBlocked(String address) {
        Bucket bucket = addresses.get(address);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    void addressFailed(String address) {
        addresses.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(ipFailuresPerMinute).refillGreedy(ipFailuresPerMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }

    /** Forgets addresses whose budget is full again, so that the map does not grow forever. */
    @Scheduled(fixedDelayString = "PT10M")
    void forgetQuietAddresses() {
        addresses.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= ipFailuresPerMinute);
    }
}
