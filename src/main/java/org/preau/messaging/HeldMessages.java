package org.preau.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.preau.access.Rights;
import org.preau.directory.Affiliations;
import org.preau.directory.Directory;
import org.preau.messaging.HeldRepository.Held;
import org.preau.messaging.HeldRepository.To;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages held by {@link SendWatch}, reviewed by the moderators of the sender's structures (who
 * hold {@link #REVIEW} there; the central admins everywhere): released, they are delivered as if
 * just sent; discarded, they are never delivered and stay as evidence. Each decision is recorded
 * ({@code messaging.held_decisions}). A person whose held messages are all reviewed sends freely
 * again, unless still above the hard threshold.
 */
@Service
class HeldMessages {

    private static final Logger log = LoggerFactory.getLogger(HeldMessages.class);

    /** Moderation's review action (moderation.ModerationApplications.REVIEW): its holders review held messages. */
    static final String REVIEW = "moderation.review";
    private static final int LIMIT = 500;

    private final HeldRepository held;
    private final Directory directory;
    private final Rights rights;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeldMessages(HeldRepository held, Directory directory, Rights rights, ApplicationEventPublisher events, Clock clock) {
        this.held = held;
        this.directory = directory;
        this.rights = rights;
        this.events = events;
        this.clock = clock;
    }

    /** The held messages the person reviews, oldest first. */
    @Transactional(readOnly = true)
    List<Held> list(PreauUser moderator) {
        boolean everywhere = everywhere(moderator);
        return held.held(LIMIT).stream().filter(h -> everywhere || reviews(moderator, h.sender())).toList();
    }

    /** Delivers a held message; false when there is none the person reviews. */
    @Transactional
    boolean release(PreauUser moderator, UUID id) {
        Held message = reviewable(moderator, id);
        if (message == null) {
            return false;
        }
        List<To> to = held.recipients(id);
        held.decide(id, moderator.personId().value(), true, clock.instant());
        List<UUID> direct = new ArrayList<>();
        List<UUID> cc = new ArrayList<>();
        List<UUID> bcc = new ArrayList<>();
        to.forEach(t -> (switch (t.kind()) {
            case TO -> direct;
            case CC -> cc;
            case BCC -> bcc;
        }).add(t.person()));
        events.publishEvent(new DeliveryRequested(id, direct, cc, bcc));
        log.info("Held message {} of {} released by {}", id, message.sender(), moderator.personId());
        return true;
    }

    /** Discards a held message (kept, never delivered); false when there is none the person reviews. */
    @Transactional
    boolean discard(PreauUser moderator, UUID id) {
        Held message = reviewable(moderator, id);
        if (message == null) {
            return false;
        }
        held.decide(id, moderator.personId().value(), false, clock.instant());
        log.info("Held message {} of {} discarded by {}", id, message.sender(), moderator.personId());
        return true;
    }

    /** Whether the person's messages are held now (they are told so on the compose page). */
    @Transactional(readOnly = true)
    boolean holding(PreauUser user) {
        return held.holding(user.personId().value());
    }

    private @org.jspecify.annotations.Nullable Held reviewable(PreauUser moderator, UUID id) {
        return held.lockHeld(id).filter(h -> everywhere(moderator) || reviews(moderator, h.sender())).orElse(null);
    }

    private boolean everywhere(PreauUser user) {
        return directory.affiliations(user.personId()).centralAdmin() && rights.allowed(user, REVIEW);
    }

    private boolean reviews(PreauUser moderator, UUID sender) {
        Affiliations affiliations = directory.affiliations(new PersonId(sender));
        Set<StructureId> structures = new LinkedHashSet<>(affiliations.administered());
        affiliations.groups().forEach(g -> structures.add(g.structure()));
        return structures.stream().anyMatch(s -> rights.allowed(moderator, REVIEW, s));
    }
}
