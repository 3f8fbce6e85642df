package org.preau.messaging;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Affiliations;
import org.preau.directory.Directory;
import org.preau.messaging.MessageRepository.Row;
import org.preau.messaging.MessageViews.State;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.reporting.Evidence;
import org.preau.platform.reporting.ReportableContent;
import org.preau.platform.notification.NoticesWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages as reportable content: a recipient reports what they received; a neutralized message
 * leaves every recipient's box (lists, unread counts, search, the home page) and its notices, and
 * its sender sees it "masqué par la modération". The report goes to the structure the sender and
 * the reporter share, else the sender's first, else the central admins.
 */
@Component
class MessageModeration implements ReportableContent {

    static final String TYPE = "MESSAGE";

    private final MessageRepository messages;
    private final ModerationRepository moderation;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageModeration(MessageRepository messages, ModerationRepository moderation, Directory directory,
            ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.moderation = moderation;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Evidence> evidence(PreauUser reporter, UUID id) {
        if (!moderation.received(reporter.personId().value(), id)) {
            return Optional.empty();
        }
        return messages.find(id).filter(m -> m.state() == State.SENT && m.sentAt() != null)
                .map(m -> new Evidence(m.senderId() == null ? null : new PersonId(m.senderId()),
                        m.senderName() == null ? "" : m.senderName(), structure(m, reporter.personId()), m.subject(),
                        m.bodyText(), moderation.recipients(id), m.sentAt(), null));
    }

    private @Nullable StructureId structure(Row message, PersonId reporter) {
        if (message.senderId() == null) {
            return first(directory.affiliations(reporter));
        }
        Set<StructureId> sender = structures(directory.affiliations(new PersonId(message.senderId())));
        Set<StructureId> shared = new LinkedHashSet<>(sender);
        shared.retainAll(structures(directory.affiliations(reporter)));
        return !shared.isEmpty() ? shared.iterator().next() : sender.stream().findFirst().orElse(null);
    }

    private static Set<StructureId> structures(Affiliations affiliations) {
        Set<StructureId> structures = new LinkedHashSet<>();
        affiliations.groups().forEach(g -> structures.add(g.structure()));
        structures.addAll(affiliations.administered());
        return structures;
    }

    private static @Nullable StructureId first(Affiliations affiliations) {
        return structures(affiliations).stream().findFirst().orElse(null);
    }

    @Override
    @Transactional
    public boolean neutralize(UUID id) {
        if (!moderation.neutralize(id, clock.instant())) {
            return false;
        }
        events.publishEvent(new NoticesWithdrawn(Delivery.resource(id)));
        return true;
    }

    @Override
    @Transactional
    public boolean restore(UUID id) {
        return moderation.restore(id);
    }

    /** Whether the message is hidden by moderation (its sender is told so). */
    boolean neutralized(UUID id) {
        return moderation.isNeutralized(id);
    }

}
