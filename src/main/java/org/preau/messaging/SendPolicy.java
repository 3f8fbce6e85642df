package org.preau.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Affiliations;
import org.preau.directory.Directory;
import org.preau.directory.Profile;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.messaging.RecipientRules.RecipientRef;
import org.preau.platform.GroupRef;
import org.preau.platform.PreauUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a person may send, by profile (the territory's policy, {@code messaging.send_policy}): to
 * classes and groups or only to persons, how many people a message, how many messages an hour, how
 * many people a day. A person with several profiles has the most generous of each; admins count as
 * staff. The counts are read from the messages sent, under a lock per sender held until the send
 * commits: they hold across nodes and two sends at once cannot both pass the last slot. A send
 * beyond a cap is refused, never silently "confirmed": {@code 429} with when to retry.
 */
@Component
class SendPolicy {

    private static final Logger log = LoggerFactory.getLogger(SendPolicy.class);

    /** One profile's limits. */
    record Limits(boolean groups, int perMessage, int perHour, int perDay) {

        boolean valid() {
            return perMessage >= 1 && perMessage <= 100_000 && perHour >= 1 && perHour <= 100_000 && perDay >= 1
                    && perDay <= 1_000_000;
        }

        Limits widest(Limits other) {
            return new Limits(groups || other.groups, Math.max(perMessage, other.perMessage),
                    Math.max(perHour, other.perHour), Math.max(perDay, other.perDay));
        }
    }

    /** The people a sender reached in the last 24 hours, and when the first of those messages went. */
    private record Day(long reached, @Nullable Instant first) {
    }

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final Set<Profile> STAFF = EnumSet.of(Profile.PERSONNEL);

    private final JdbcClient jdbc;
    private final Directory directory;

    SendPolicy(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The policy of every profile, in the order of the enum. */
    Map<Profile, Limits> all() {
        Map<Profile, Limits> all = new EnumMap<>(Profile.class);
        jdbc.sql("select profile, groups, per_message, per_hour, per_day from messaging.send_policy")
                .query(rs -> {
                    all.put(Profile.valueOf(rs.getString(1)), new Limits(rs.getBoolean(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5)));
                });
        return all;
    }

    void save(Map<Profile, Limits> policy, Instant now) {
        policy.forEach((profile, limits) -> jdbc.sql("""
                update messaging.send_policy set groups = :groups, per_message = :message, per_hour = :hour,
                    per_day = :day, updated_at = :now where profile = :profile""")
                .param("groups", limits.groups()).param("message", limits.perMessage()).param("hour", limits.perHour())
                .param("day", limits.perDay()).param("now", Timestamp.from(now)).param("profile", profile.name())
                .update());
    }

    /** The limits of the person: the most generous of their profiles' (the strictest when they hold none). */
    Limits of(PreauUser user) {
        Set<Profile> profiles = profiles(user);
        Map<Profile, Limits> all = all();
        return profiles.stream().map(all::get).filter(java.util.Objects::nonNull).reduce(Limits::widest)
                .orElseGet(() -> all.getOrDefault(Profile.STUDENT, new Limits(false, 5, 20, 60)));
    }

    /** The person's profiles, admins counting as staff (empty: none, the strictest applies). */
    Set<Profile> profiles(PreauUser user) {
        Affiliations affiliations = directory.affiliations(user.personId());
        Set<Profile> profiles = EnumSet.noneOf(Profile.class);
        affiliations.groups().forEach(g -> profiles.add(g.profile()));
        if (affiliations.centralAdmin() || !affiliations.administered().isEmpty()) {
            profiles.addAll(STAFF);
        }
        return profiles;
    }

    /**
     * Refuses a send beyond the person's limits: groups addressed without the right, more people
     * than a message may reach, the hourly or daily cap met. Call it in the send's transaction.
     */
    void check(PreauUser user, List<RecipientRef> refs, int people, Instant now) {
        Limits limits = of(user);
        if (!limits.groups() && refs.stream().anyMatch(r -> GroupRef.tryParse(r.id()).isPresent())) {
            throw new MessagingProblem(Reason.GROUPS_NOT_ALLOWED);
        }
        if (people > limits.perMessage()) {
            throw new MessagingProblem(Reason.TOO_MANY_FOR_PROFILE, limits.perMessage());
        }
        var sender = user.personId().value();
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:p, 11))").param("p", sender.toString())
                .query(Object.class).single();
        List<Instant> lastHour = jdbc.sql("""
                select sent_at from messaging.messages where sender_id = :p and sent_at > :since
                order by sent_at desc""").param("p", sender).param("since", Timestamp.from(now.minus(HOUR)))
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
        if (lastHour.size() >= limits.perHour()) {
            Instant frees = lastHour.get(limits.perHour() - 1).plus(HOUR);
            throw refused(user, "hour", limits.perHour(), frees, now);
        }
        Day day = jdbc.sql("""
                select coalesce(sum(recipients), 0), min(sent_at) from messaging.messages
                where sender_id = :p and sent_at > :since""").param("p", sender)
                .param("since", Timestamp.from(now.minus(DAY)))
                .query((rs, n) -> new Day(rs.getLong(1), rs.getTimestamp(2) == null ? null
                        : rs.getTimestamp(2).toInstant())).single();
        if (day.reached() + people > limits.perDay()) {
            Instant frees = day.first() == null ? now.plus(DAY) : day.first().plus(DAY);
            throw refused(user, "day", limits.perDay(), frees, now);
        }
    }

    private static MessagingProblem refused(PreauUser user, String cap, int limit, Instant frees, Instant now) {
        long seconds = Math.max(60, Duration.between(now, frees).toSeconds());
        log.warn("Send refused to {}: {} cap of {} met, retry in {} s", user.personId(), cap, limit, seconds);
        var problem = new MessagingProblem("hour".equals(cap) ? Reason.HOURLY_CAP : Reason.DAILY_CAP, limit,
                (seconds + 59) / 60);
        problem.retryAfter(seconds);
        return problem;
    }
}
