package org.preau.messaging;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.preau.messaging.MessageRepository.Row;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.Kind;
import org.preau.messaging.MessageViews.Recipient;
import org.preau.messaging.MessageViews.State;
import org.preau.messaging.RecipientRules.RecipientRef;
import org.preau.platform.PeopleTime;
import org.preau.platform.PreauUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply, reply to all and forward: each makes a draft from a message the person holds (else
 * 404), quoting it. Replying to all keeps only the recipients the person may write to;
 * forwarding attaches the same stored files, without copying them.
 */
@Service
class Replies {

    /**
     * Where the answer is typed: a paragraph above the quote that has a line's height (an empty
     * paragraph has none, and the caret went into the quote).
     */
    static final String ABOVE_QUOTE = "<p><br /></p>";

    private final MessageRepository messages;
    private final BoxRepository boxes;
    private final RecipientRules rules;
    private final Sending sending;
    private final MessageSource text;

    Replies(MessageRepository messages, BoxRepository boxes, RecipientRules rules, Sending sending,
            MessageSource text) {
        this.messages = messages;
        this.boxes = boxes;
        this.rules = rules;
        this.sending = sending;
        this.text = text;
    }

    @Transactional
    UUID reply(PreauUser user, UUID id, boolean all) {
        Row original = readable(user, id);
        String me = user.personId().toString();
        List<RecipientRef> refs = new ArrayList<>();
        boolean mine = original.senderId() != null && original.senderId().toString().equals(me);
        if (original.senderId() != null && !mine) {
            refs.add(new RecipientRef(Kind.TO, original.senderId().toString()));
        }
        for (Recipient r : messages.recipients(id)) {
            boolean keep = r.kind() == Kind.TO && (all || mine) || r.kind() == Kind.CC && all;
            if (keep && !r.id().equals(me)) {
                refs.add(new RecipientRef(r.kind(), r.id()));
            }
        }
        var reachable = rules.check(user, refs).addressed().stream().map(a -> a.ref()).toList();
        Locale locale = LocaleContextHolder.getLocale();
        String body = ABOVE_QUOTE + "<blockquote><p>" + BodyHtml.escape(text.getMessage("messaging.quote.header",
                new Object[] { date(original, locale), name(original, locale) }, locale)) + "</p>" + original.body()
                + "</blockquote>";
        return sending.saveDraft(user, null, new Compose(ids(reachable, Kind.TO), ids(reachable, Kind.CC), List.of(),
                prefixed(text.getMessage("messaging.replyPrefix", null, locale), original.subject()), body, true, null,
                id));
    }

    @Transactional
    UUID forward(PreauUser user, UUID id) {
        Row original = readable(user, id);
        Locale locale = LocaleContextHolder.getLocale();
        String header = text.getMessage("messaging.quote.forwarded",
                new Object[] { name(original, locale), date(original, locale), original.subject() }, locale);
        String body = ABOVE_QUOTE + "<blockquote><p>" + BodyHtml.escape(header).replace("\n", "<br />") + "</p>"
                + original.body() + "</blockquote>";
        UUID draft = sending.saveDraft(user, null, new Compose(List.of(), List.of(), List.of(),
                prefixed(text.getMessage("messaging.forwardPrefix", null, locale), original.subject()), body, true,
                null, id));
        messages.copyAttachments(id, draft);
        return draft;
    }

    private Row readable(PreauUser user, UUID id) {
        return messages.find(id)
                .filter(r -> r.state() == State.SENT && boxes.holds(user.personId().value(), id))
                .orElseThrow(MessagingProblem::notFound);
    }

    private String name(Row original, Locale locale) {
        return original.senderName() != null ? original.senderName()
                : text.getMessage("messaging.formerUser", null, locale);
    }

    private static String date(Row original, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(PeopleTime.ZONE).format(original.sentAt() != null ? original.sentAt() : original.updatedAt());
    }

    private static List<String> ids(List<RecipientRef> refs, Kind kind) {
        return refs.stream().filter(r -> r.kind() == kind).map(RecipientRef::id).toList();
    }

    static String prefixed(String prefix, String subject) {
        String bare = subject.strip();
        String word = prefix.strip().replaceAll("\\s*:$", "").toLowerCase(Locale.ROOT);
        boolean already = bare.toLowerCase(Locale.ROOT).matches("^" + java.util.regex.Pattern.quote(word) + "\\s*:.*");
        return already ? bare : (prefix + bare).strip();
    }
}
