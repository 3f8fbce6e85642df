package org.preau.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageRepository.Row;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.MessageViews.Kind;
import org.preau.messaging.MessageViews.Recipient;
import org.preau.messaging.MessageViews.Sent;
import org.preau.messaging.MessageViews.State;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.messaging.MessagingProblem.Refusal;
import org.preau.messaging.RecipientRules.Decision;
import org.preau.messaging.RecipientRules.RecipientRef;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.notification.NoticesWithdrawn;
import org.preau.platform.web.InputLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, sending, scheduling and recall. A send checks the recipients ({@link RecipientRules}),
 * stores the message in the sender's box and asks for its delivery ({@link DeliveryRequested});
 * the boxes of the recipients are filled off the request thread ({@link Delivery}).
 */
@Service
class Sending {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 200_000;
    static final int MAX_REFS = 300;
    /** Above this many people, the sender confirms first. */
    static final int CONFIRM_ABOVE = 100;
    static final Duration RECALL_WINDOW = Duration.ofMinutes(60);

    private final MessageRepository messages;
    private final BoxRepository boxes;
    private final RecipientRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InputLimits limits;
    private final SendPolicy policy;
    private final SendWatch watch;
    private final HeldRepository held;

    Sending(MessageRepository messages, BoxRepository boxes, RecipientRules rules, ApplicationEventPublisher events,
            Clock clock, InputLimits limits, SendPolicy policy, SendWatch watch, HeldRepository held) {
        this.watch = watch;
        this.held = held;
        this.limits = limits;
        this.policy = policy;
        this.messages = messages;
        this.boxes = boxes;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Creates or updates a draft (a scheduled message keeps its state and time); returns its id. */
    @Transactional
    UUID saveDraft(PreauUser user, @Nullable UUID id, Compose compose) {
        return saveDraft(user, id, compose, false);
    }

    /**
     * As {@link #saveDraft(PreauUser, UUID, Compose)}; with {@code keyed}, {@code id} is the key the
     * compose page was given and the draft is created under it when it does not exist yet, so that
     * the page's requests (autosave, "Joindre", "Envoyer"), in whatever order they arrive, make one
     * message and never a second, forgotten draft.
     */
    @Transactional
    UUID saveDraft(PreauUser user, @Nullable UUID id, Compose compose, boolean keyed) {
        if (limits.tooLong(compose.body()) || limits.tooLong(compose.subject())) {
            // refused as it arrives: sanitizing costs a quarter of a second per megabyte
            throw new MessagingProblem(Reason.TOO_LONG);
        }
        String subject = compose.subject().strip();
        String body = compose.html() ? BodyHtml.sanitize(compose.body()) : BodyHtml.fromText(compose.body());
        if (subject.length() > MAX_SUBJECT || body.length() > MAX_BODY) {
            throw new MessagingProblem(Reason.TOO_LONG);
        }
        List<RecipientRef> refs = refs(compose);
        Instant now = clock.instant();
        UUID me = user.personId().value();
        if (id != null && keyed) {
            messages.lockId(id);
        }
        if (id == null || keyed && messages.find(id).isEmpty()) {
            id = id == null ? UUID.randomUUID() : id;
            UUID thread = id;
            if (compose.parent() != null) {
                thread = messages.find(compose.parent()).filter(p -> boxes.holds(me, p.id()))
                        .map(Row::threadId).orElseThrow(MessagingProblem::notFound);
            }
            messages.insert(new Row(id, me, user.displayName(), subject, body, BodyHtml.toText(body), thread,
                    compose.parent(), State.DRAFT, null, null, null, 0, now), now);
            boxes.putOwn(me, id, Folder.DRAFTS, now);
        } else {
            Row row = editable(me, id);
            messages.updateContent(id, subject, body, BodyHtml.toText(body), row.state(), row.sendAt(), now);
            if (row.state() == State.DRAFT) {
                boxes.putOwn(me, id, Folder.DRAFTS, now);
            }
        }
        messages.replaceRecipients(id, labelled(rules.check(user, refs)));
        return id;
    }

    /**
     * Sends now, or at {@code compose.sendAt()}. Refused recipients, none at all, or more than
     * {@link #CONFIRM_ABOVE} people without {@code confirmed}, stop everything (nothing saved).
     */
    @Transactional
    Sent send(PreauUser user, @Nullable UUID id, Compose compose, boolean confirmed) {
        return send(user, id, compose, confirmed, false);
    }

    /** As {@link #send(PreauUser, UUID, Compose, boolean)}, {@code id} being the compose page's key when {@code keyed}. */
    @Transactional
    Sent send(PreauUser user, @Nullable UUID id, Compose compose, boolean confirmed, boolean keyed) {
        Instant now = clock.instant();
        if (compose.sendAt() != null && !compose.sendAt().isAfter(now)) {
            throw new MessagingProblem(Reason.SCHEDULE_IN_PAST);
        }
        UUID messageId = saveDraft(user, id, compose, keyed);
        Decision decision = rules.check(user, refs(compose));
        if (!decision.allowed()) {
            throw new MessagingProblem(Reason.RECIPIENTS_REFUSED, decision.refused().stream()
                    .map(r -> new Refusal(r.ref().id(), r.label(), r.reason() == RecipientRules.Reason.NOT_ALLOWED))
                    .toList(), String.join(", ", decision.refused().stream().map(RecipientRules.Refused::label).toList()));
        }
        int count = decision.persons().size();
        if (count == 0) {
            throw new MessagingProblem(Reason.NO_RECIPIENT);
        }
        policy.check(user, refs(compose), count, now);
        if (count > CONFIRM_ABOVE && !confirmed) {
            throw new MessagingProblem(Reason.CONFIRMATION_NEEDED, count);
        }
        UUID me = user.personId().value();
        if (compose.sendAt() != null) {
            Row row = editable(me, messageId);
            messages.updateContent(messageId, row.subject(), row.body(), row.bodyText(), State.SCHEDULED,
                    compose.sendAt(), now);
            boxes.putOwn(me, messageId, Folder.SENT, compose.sendAt());
            return new Sent(messageId, State.SCHEDULED, count);
        }
        String text = messages.find(messageId).map(Row::bodyText).orElse("");
        if (watch.holds(user, messageId, text, decision.persons().keySet().stream().map(PersonId::value).toList(), now)) {
            hold(messageId, me, decision, now);
            return new Sent(messageId, State.HELD, count);
        }
        dispatch(messageId, me, decision, now);
        return new Sent(messageId, State.SENT, count);
    }

    /** Marks the message sent and asks for its delivery to the people of the decision. */
    void dispatch(UUID id, UUID sender, Decision decision, Instant now) {
        messages.replaceRecipients(id, labelled(decision));
        messages.markSent(id, now, decision.persons().size());
        boxes.putOwn(sender, id, Folder.SENT, now);
        List<UUID> to = new ArrayList<>();
        List<UUID> cc = new ArrayList<>();
        List<UUID> bcc = new ArrayList<>();
        decision.persons().forEach((person, kind) -> (switch (kind) {
            case TO -> to;
            case CC -> cc;
            case BCC -> bcc;
        }).add(person.value()));
        events.publishEvent(new DeliveryRequested(id, to, cc, bcc));
    }

    /** Stores the message as held, with the people it is for: delivered only if a moderator releases it. */
    private void hold(UUID id, UUID sender, Decision decision, Instant now) {
        messages.replaceRecipients(id, labelled(decision));
        List<HeldRepository.To> to = new ArrayList<>();
        decision.persons().forEach((person, kind) -> to.add(new HeldRepository.To(person.value(), kind)));
        held.hold(id, now, to);
        boxes.putOwn(sender, id, Folder.SENT, now);
    }

    /** A scheduled message goes back to the drafts. */
    @Transactional
    void cancelSchedule(PreauUser user, UUID id) {
        UUID me = user.personId().value();
        Row row = messages.lockOwn(id, me).filter(r -> r.state() == State.SCHEDULED)
                .orElseThrow(() -> new MessagingProblem(Reason.NOT_EDITABLE));
        Instant now = clock.instant();
        messages.updateContent(id, row.subject(), row.body(), row.bodyText(), State.DRAFT, null, now);
        boxes.putOwn(me, id, Folder.DRAFTS, now);
    }

    /**
     * Takes a message back from its recipients' boxes within {@link #RECALL_WINDOW} of its
     * sending; returns who had read it. Recalling twice answers the same.
     */
    @Transactional
    List<PersonId> recall(PreauUser user, UUID id) {
        Row row = messages.lockOwn(id, user.personId().value()).orElseThrow(MessagingProblem::notFound);
        if (row.state() == State.RECALLED) {
            return boxes.readers(id);
        }
        if (row.state() != State.SENT || row.sentAt() == null) {
            throw new MessagingProblem(Reason.NOT_RECALLABLE);
        }
        Instant now = clock.instant();
        if (now.isAfter(row.sentAt().plus(RECALL_WINDOW))) {
            throw new MessagingProblem(Reason.RECALL_TOO_LATE, RECALL_WINDOW.toMinutes());
        }
        boxes.recall(id);
        messages.markRecalled(id, now);
        events.publishEvent(new NoticesWithdrawn(Delivery.resource(id)));
        return boxes.readers(id);
    }

    private Row editable(UUID me, UUID id) {
        Row row = messages.lockOwn(id, me).orElseThrow(MessagingProblem::notFound);
        if (row.state() != State.DRAFT && row.state() != State.SCHEDULED) {
            throw new MessagingProblem(Reason.NOT_EDITABLE);
        }
        return row;
    }

    static List<RecipientRef> refs(Compose compose) {
        List<RecipientRef> refs = new ArrayList<>();
        compose.to().forEach(id -> refs.add(new RecipientRef(Kind.TO, id.strip())));
        compose.cc().forEach(id -> refs.add(new RecipientRef(Kind.CC, id.strip())));
        compose.bcc().forEach(id -> refs.add(new RecipientRef(Kind.BCC, id.strip())));
        refs.removeIf(r -> r.id().isEmpty());
        if (refs.size() > MAX_REFS) {
            throw new MessagingProblem(Reason.TOO_MANY_RECIPIENTS, MAX_REFS);
        }
        return refs;
    }

    /** The recipients as addressed, with their names (refused ones too, so that a draft shows them). */
    static List<Recipient> labelled(Decision decision) {
        List<Recipient> recipients = new ArrayList<>();
        decision.addressed().forEach(a -> recipients.add(new Recipient(a.ref().id(), a.ref().kind(), a.label())));
        decision.refused().forEach(r -> recipients.add(new Recipient(r.ref().id(), r.ref().kind(), r.label())));
        return recipients;
    }
}
