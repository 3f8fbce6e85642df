package org.preau.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.preau.platform.NodeLocalState;
import org.preau.platform.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Slows attacks down without stopping a school.
 * <ul>
 * <li>An account is locked <em>for one address</em> after {@code lock-after-failures} failures
 * from it, for a delay that doubles up to {@code longest-lock}: someone guessing a pupil's
 * password from elsewhere locks himself out, not the pupil.</li>
 * <li>When an account collects {@code account-ceiling} failures from addresses it never
 * logged in from (a distributed attack), it is locked for all of those; the addresses it
 * logged in from in the last {@code trusted-for} stay open.</li>
 * <li>An address that fails on too many <em>distinct</em> accounts is refused for a while.
 * Only failures count: a success gives back its own attempt and forgives the earlier failures
 * of <em>the same</em> account (a pupil's typo), never those of other accounts, and failing
 * again on an account already counted costs nothing more (the account's own lock stops
 * that). So a thousand pupils behind one address log in freely, while an attacker who
 * alternates guesses with logins to an account he owns is refused like any other.</li>
 * </ul>
 * An IPv6 address counts as its /64 network ({@link NetworkKeys}) everywhere here: locks, trust, budgets.
 */
@Component
class LoginThrottle implements NodeLocalState {

    private static final String UNKNOWN = "unknown";
    static final int SUSPECT_AFTER = 2;
    private static final Duration SUSPICION_FADES = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int lockAfter;
    private final int accountCeiling;
    private final Duration firstLock;
    private final Duration longestLock;
    private final Duration trustedFor;
    private final int ipFailuresPerMinute;
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();
    private final FailedLoginWatch watch;

    LoginThrottle(JdbcClient jdbc, Clock clock, FailedLoginWatch watch,
            @Value("${preau.identity.lock-after-failures:5}") int lockAfter,
            @Value("${preau.identity.account-ceiling:50}") int accountCeiling,
            @Value("${preau.identity.first-lock:PT1M}") Duration firstLock,
            @Value("${preau.identity.longest-lock:PT1H}") Duration longestLock,
            @Value("${preau.identity.trusted-address-for:P90D}") Duration trustedFor,
            @Value("${preau.identity.ip-failures-per-minute:20}") int ipFailuresPerMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.watch = watch;
        this.lockAfter = lockAfter;
        this.accountCeiling = accountCeiling;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
        this.trustedFor = trustedFor;
        this.ipFailuresPerMinute = ipFailuresPerMinute;
    }

    /** Forgets the addresses' failure counts held in memory (locks are in the database). */
    @Override
    public void forget() {
        addresses.clear();
    }

    /** Whether the account is locked for the address of the current request. */
    boolean locked(PersonId person) {
        return locked(person, currentAddress());
    }

    /** Whether the account is locked for this address: its own lock, or the account's if the address is a stranger. */
    boolean locked(PersonId person, @Nullable String address) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                select exists (select 1 from identity.login_failures
                               where person_id = :p and address = :a and locked_until > :now)
                    or exists (select 1 from identity.accounts a where a.person_id = :p and a.locked_until > :now
                               and not exists (select 1 from identity.login_addresses t where t.person_id = :p
                                               and t.address = :a and t.last_success_at > :trusted))""")
                .param("p", person.value()).param("a", orUnknown(address)).param("now", now)
                .param("trusted", Timestamp.from(clock.instant().minus(trustedFor)))
                .query(Boolean.class).single();
    }

    /** Counts a failure from the address of the current request; true when it locks the account. */
    boolean failed(PersonId person) {
        return failed(person, currentAddress());
    }

    /** Counts a failure of this account from this address; true when it locks the account (for it or for strangers). */
    @Transactional
    boolean failed(PersonId person, @Nullable String address) {
        Instant now = clock.instant();
        String from = orUnknown(address);
        int pairFailures = jdbc.sql("""
                insert into identity.login_failures (person_id, address, failures, last_failure_at)
                values (:p, :a, 1, :now)
                on conflict (person_id, address) do update set failures = login_failures.failures + 1,
                    last_failure_at = excluded.last_failure_at
                returning failures""")
                .param("p", person.value()).param("a", from).param("now", Timestamp.from(now))
                .query(Integer.class).single();
        boolean locks = false;
        if (pairFailures >= lockAfter) {
            jdbc.sql("update identity.login_failures set locked_until = :until where person_id = :p and address = :a")
                    .param("until", Timestamp.from(now.plus(lockFor(pairFailures - lockAfter))))
                    .param("p", person.value()).param("a", from).update();
            locks = true;
        }
        if (!trusted(person, from, now)) {
            // failures from strangers; the count starts again after an hour without any
            Integer strangers = jdbc.sql("""
                    update identity.accounts set
                        failed_attempts = case when last_failure_at > :hourAgo then failed_attempts + 1 else 1 end,
                        last_failure_at = :now
                    where person_id = :p returning failed_attempts""")
                    .param("hourAgo", Timestamp.from(now.minus(Duration.ofHours(1)))).param("now", Timestamp.from(now))
                    .param("p", person.value()).query(Integer.class).optional().orElse(0);
            if (strangers >= accountCeiling) {
                jdbc.sql("update identity.accounts set locked_until = :until where person_id = :p")
                        .param("until", Timestamp.from(now.plus(lockFor(strangers / accountCeiling - 1))))
                        .param("p", person.value()).update();
                locks = true;
            }
        }
        watch.failed(person, now);
        return locks;
    }

    private Duration lockFor(int beyond) {
        Duration lock = firstLock.multipliedBy(1L << Math.min(beyond, 20));
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }

    private boolean trusted(PersonId person, String address, Instant now) {
        return jdbc.sql("""
                select exists (select 1 from identity.login_addresses
                               where person_id = :p and address = :a and last_success_at > :since)""")
                .param("p", person.value()).param("a", address).param("since", Timestamp.from(now.minus(trustedFor)))
                .query(Boolean.class).single();
    }

    /** A successful login from the current request's address. */
    void succeeded(PersonId person) {
        succeeded(person, currentAddress());
    }

    /** A successful login: the address's failures are forgotten and the address is trusted for this account. */
    @Transactional
    void succeeded(PersonId person, @Nullable String address) {
        String from = orUnknown(address);
        jdbc.sql("delete from identity.login_failures where person_id = :p and address = :a")
                .param("p", person.value()).param("a", from).update();
        jdbc.sql("""
                insert into identity.login_addresses (person_id, address, last_success_at) values (:p, :a, :now)
                on conflict (person_id, address) do update set last_success_at = excluded.last_success_at""")
                .param("p", person.value()).param("a", from).param("now", Timestamp.from(clock.instant())).update();
    }

    /** An admin lifts every lock of the account. */
    @Transactional
    void unlock(PersonId person) {
        jdbc.sql("delete from identity.login_failures where person_id = :p").param("p", person.value()).update();
        jdbc.sql("update identity.accounts set failed_attempts = 0, locked_until = null where person_id = :p")
                .param("p", person.value()).update();
    }

    /** Whether this address has used up its failures for now. */
    boolean addressBlocked(String address) {
        Address record = addresses.get(NetworkKeys.of(address));
        return record != null && record.budget.getAvailableTokens() <= 0;
    }

    /** Whether this address failed several times lately: its logins never wait when Préau is busy. */
    boolean addressSuspect(String address) {
        return addressFailures(address) >= SUSPECT_AFTER;
    }

    /**
     * How many failures (less the successes) this address has to its name lately. This memory is
     * longer than the budget's (one failure forgotten every {@link #SUSPICION_FADES}), so that an
     * address which keeps failing stays behind clean ones even while its budget refills.
     */
    int addressFailures(String address) {
        Address record = addresses.get(NetworkKeys.of(address));
        return record == null ? 0 : (int) Math.max(0, ipFailuresPerMinute - record.suspicion.getAvailableTokens());
    }

    /** A failure from this address (a second factor, an access token): its budget and its suspicion both go down. */
    void addressFailed(String address) {
        Address record = record(address);
        record.budget.tryConsume(1);
        record.suspicion.tryConsume(1);
    }

    /**
     * A password login arrives from this address: it spends its budget at once, before it is
     * checked, so that an attack's addresses run out of budget in the first seconds (when the
     * checks are backlogged and would tell their failures late). A success gives the attempt
     * back ({@link #attemptSucceeded}), and so does a failure on an account that already failed
     * from here ({@link #attemptFailed(String, String)}): the budget counts distinct failed accounts.
     */
    void addressAttempted(String address) {
        record(address).budget.tryConsume(1);
    }

    /** A login turned away before it was checked (busy): its suspicion grows, no account is named. */
    void attemptFailed(String address) {
        record(address).suspicion.tryConsume(1);
    }

    /**
     * A password login from this address failed on this account (a login as typed, known or
     * not). Its suspicion grows; its attempt stays spent only if the account had not already
     * failed from here lately.
     */
    void attemptFailed(String address, String account) {
        Address record = record(address);
        record.suspicion.tryConsume(1);
        if (!record.failedOn(account, clock.instant())) {
            refund(record.budget, 1);
        }
    }

    /**
     * A password login from this address succeeded on this account: its attempt is given back,
     * with the earlier failures of the same account; failures on other accounts stay counted.
     */
    void attemptSucceeded(String address, String account) {
        Address record = addresses.get(NetworkKeys.of(address));
        if (record != null) {
            refund(record.budget, record.forgive(account) ? 2 : 1);
            refund(record.suspicion, 1);
        }
    }

    private void refund(Bucket bucket, int tokens) {
        long room = ipFailuresPerMinute - bucket.getAvailableTokens();
        if (room > 0) {
            bucket.addTokens(Math.min(room, tokens));
        }
    }

    private Address record(String address) {
        return addresses.computeIfAbsent(NetworkKeys.of(address), key -> new Address(
                bucket(ipFailuresPerMinute, Duration.ofMinutes(1)),
                bucket(1, SUSPICION_FADES), new LinkedHashMap<>(), 4 * ipFailuresPerMinute));
    }

    private Bucket bucket(int refill, Duration every) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(ipFailuresPerMinute)
                .refillGreedy(refill, every).build()).build();
    }

    /** Forgets addresses whose failures are all forgiven, so that the map does not grow forever. */
    @Scheduled(fixedDelayString = "PT10M")
    void forgetQuietAddresses() {
        addresses.entrySet().removeIf(e -> e.getValue().suspicion.getAvailableTokens() >= ipFailuresPerMinute
                && e.getValue().budget.getAvailableTokens() >= ipFailuresPerMinute);
    }

    /**
     * An address's failures: its budget (refused at zero), the slower-fading suspicion, and the
     * accounts that failed from it in the last minute (the budget's refill time), at most
     * {@code keep} of them.
     */
    private record Address(Bucket budget, Bucket suspicion, LinkedHashMap<String, Instant> failedAccounts, int keep) {

        /** Notes a failure on this account; true when it is a new one (not failed from here in the last minute). */
        synchronized boolean failedOn(String account, Instant now) {
            Instant cutoff = now.minus(Duration.ofMinutes(1));
            for (Iterator<Instant> it = failedAccounts.values().iterator(); it.hasNext();) {
                if (it.next().isBefore(cutoff)) {
                    it.remove();
                } else {
                    break; // in order of first failure
                }
            }
            if (failedAccounts.containsKey(account)) {
                return false;
            }
            if (failedAccounts.size() >= keep) {
                failedAccounts.pollFirstEntry();
            }
            failedAccounts.put(account, now);
            return true;
        }

        /** Forgets the failures of this account; true when it had some. */
        synchronized boolean forgive(String account) {
            return failedAccounts.remove(account) != null;
        }
    }

    /** Forgets failures older than a day whose lock is over, and addresses no longer trusted. */
    @Scheduled(cron = "0 15 * * * *")
    void forgetOldFailures() {
        Instant now = clock.instant();
        jdbc.sql("delete from identity.login_failures where last_failure_at < :day and (locked_until is null or locked_until < :now)")
                .param("day", Timestamp.from(now.minus(Duration.ofDays(1)))).param("now", Timestamp.from(now)).update();
        jdbc.sql("delete from identity.login_addresses where last_success_at < :since")
                .param("since", Timestamp.from(now.minus(trustedFor))).update();
    }

    static @Nullable String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static String orUnknown(@Nullable String address) {
        return address == null ? UNKNOWN : NetworkKeys.of(address);
    }
}
