package org.preau.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Profile;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.reporting.AnomalyDetected;
import org.preau.platform.reporting.AnomalyDetected.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Detection on the send path, in the send's transaction and under the sender's lock that
 * {@link SendPolicy#check} took (a few indexed counts: cheap, and the same on every node, so the
 * alert leaves with the commit of the send that crossed the line, well within the 60 s):
 * <ul>
 * <li><b>burst</b>: {@link Thresholds#burstAlert} messages in {@link #BURST_WINDOW} raise an alert;
 * from {@link Thresholds#burstHold} on (the hard threshold), and as long as held messages await review,
 * the person's messages are held ({@code HELD}), stored and not delivered;</li>
 * <li><b>same body</b>: a body (normalized: lower case, spaces collapsed) sent again within
 * {@link #SAME_BODY_WINDOW}, by anyone, having reached {@link Thresholds#sameBodyPeople} distinct
 * people raises an alert about the current sender.</li>
 * </ul>
 * The thresholds are by profile, the most generous of the person's profiles (as for the caps):
 * STUDENT and GUEST 10 / 15 / 15, RELATIVE 15 / 25 / 30, TEACHER and PERSONNEL 100 / 150 / 300
 * (burst alert / burst hold / same-body people). The caps of {@link SendPolicy} still bound what is
 * accepted, held messages included. Alerts are published as {@link AnomalyDetected} on every
 * crossing; moderation keeps one per person and kind an hour.
 */
@Component
class SendWatch {

    private static final Logger log = LoggerFactory.getLogger(SendWatch.class);

    static final Duration BURST_WINDOW = Duration.ofMinutes(10);
    static final Duration SAME_BODY_WINDOW = Duration.ofHours(1);
    /** A body shorter than this once normalized ("merci", "ok") is too common to compare. */
    static final int MIN_COMPARED = 20;

    /** A profile's detection thresholds. */
    record Thresholds(int burstAlert, int burstHold, int sameBodyPeople) {

        Thresholds widest(Thresholds other) {
            return new Thresholds(Math.max(burstAlert, other.burstAlert), Math.max(burstHold, other.burstHold),
                    Math.max(sameBodyPeople, other.sameBodyPeople));
        }
    }

    static final Map<Profile, Thresholds> THRESHOLDS = new EnumMap<>(Map.of(
            Profile.STUDENT, new Thresholds(10, 15, 15),
            Profile.GUEST, new Thresholds(10, 15, 15),
            Profile.RELATIVE, new Thresholds(15, 25, 30),
            Profile.TEACHER, new Thresholds(100, 150, 300),
            Profile.PERSONNEL, new Thresholds(100, 150, 300)));

    private final HeldRepository held;
    private final SendPolicy policy;
    private final ApplicationEventPublisher events;

    SendWatch(HeldRepository held, SendPolicy policy, ApplicationEventPublisher events) {
        this.held = held;
        this.policy = policy;
        this.events = events;
    }

    static Thresholds of(Set<Profile> profiles) {
        return profiles.stream().map(THRESHOLDS::get).reduce(Thresholds::widest)
                .orElse(THRESHOLDS.get(Profile.STUDENT));
    }

    /**
     * Watches a send about to go to {@code people}; true when it is to be held. Call it after the
     * caps passed, before the message is marked sent.
     */
    boolean holds(PreauUser user, UUID message, String bodyText, Collection<UUID> people, Instant now) {
        Thresholds limits = of(policy.profiles(user));
        PersonId person = user.personId();
        UUID sender = person.value();
        String hash = hash(bodyText);
        if (hash != null) {
            if (held.sameBody(hash, now.minus(SAME_BODY_WINDOW)) > 0) {
                int reached = held.sameBodyPeople(hash, now.minus(SAME_BODY_WINDOW), people);
                if (reached >= limits.sameBodyPeople()) {
                    raise(person, Kind.SAME_BODY, reached, SAME_BODY_WINDOW, now);
                }
            }
            held.setBodyHash(message, hash);
        }
        int sends = held.sentSince(sender, now.minus(BURST_WINDOW)) + 1;
        if (sends >= limits.burstHold()) {
            raise(person, Kind.HELD, sends, BURST_WINDOW, now);
            return true;
        }
        if (sends >= limits.burstAlert()) {
            raise(person, Kind.BURST, sends, BURST_WINDOW, now);
        }
        return held.holding(sender);
    }

    private void raise(PersonId person, Kind kind, int count, Duration window, Instant now) {
        log.debug("Anomaly {} of {}: {} in {}", kind, person, count, window);
        events.publishEvent(new AnomalyDetected(person, kind, count, (int) window.toMinutes(), now));
    }

    /** The sha-256 of the normalized body, or null when it is too short to mean anything. */
    static @Nullable String hash(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
        if (normalized.length() < MIN_COMPARED) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
