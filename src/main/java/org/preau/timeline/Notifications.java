package org.preau.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.preau.platform.notification.NotificationType;
import org.preau.timeline.TimelineRepository.Entry;
import org.preau.timeline.TimelineRepository.NewEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline's facade: reads a person's feed and unread count, hides entries.
 * Applications tell people by publishing {@link org.preau.platform.notification.NoticeRequested}
 * (and take it back with {@link org.preau.platform.notification.NoticesWithdrawn}); the
 * timeline's listener turns those into {@link #notify(Notice)} and {@link #withdraw(String)}.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    /**
     * A notification for some people.
     *
     * @param type       a declared {@link NotificationType#key()}
     * @param recipients who is told (each once, whatever the duplicates)
     * @param args       the arguments of the message {@code notification.text.<type>} (no personal data beyond names)
     * @param link       a path of Préau ({@code /diary/homework/…}), never an outside address
     * @param structure  the structure it comes from (whose moderators see reports), if any
     * @param sourceKey  what it is about ({@code diary.homework:<id>}): one entry per person and source key,
     *                   so that an event handled twice tells once
     */
    public record Notice(String type, Collection<PersonId> recipients, List<String> args, String link,
            @Nullable StructureId structure, String sourceKey) {

        public Notice {
            if (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
                throw new IllegalArgumentException("A notification links to a path of Préau");
            }
            recipients = List.copyOf(new LinkedHashSet<>(recipients));
            args = List.copyOf(args);
        }
    }

    /** An entry as shown to its recipient, its text in their language. */
    public record Item(UUID id, String type, Instant date, String text, String link, boolean read) {
    }

    private final TimelineRepository entries;
    private final PreferencesRepository preferences;
    private final NotificationTypes types;
    private final Cadence cadence;
    private final MessageSource messages;
    private final Clock clock;
    private final UnreadSignal signal;

    Notifications(TimelineRepository entries, PreferencesRepository preferences, NotificationTypes types,
            Cadence cadence, MessageSource messages, Clock clock, UnreadSignal signal) {
        this.entries = entries;
        this.preferences = preferences;
        this.types = types;
        this.cadence = cadence;
        this.messages = messages;
        this.clock = clock;
        this.signal = signal;
    }

    /**
     * Turns a notice into entries of the recipients' feeds and mails, as each chose; returns how
     * many are new. Nothing is written about a resource whose notices were withdrawn.
     */
    @Transactional
    public int notify(Notice notice) {
        NotificationType type = types.get(notice.type());
        entries.lockResource(notice.sourceKey());
        if (entries.withdrawn(notice.sourceKey())) {
            log.info("Notice {} about the withdrawn {} not written", type.key(), notice.sourceKey());
            return 0;
        }
        Instant now = clock.instant();
        var choices = preferences.choices(type, notice.recipients());
        List<NewEntry> batch = new ArrayList<>(notice.recipients().size());
        List<PersonId> toldNow = new ArrayList<>();
        for (PersonId person : notice.recipients()) {
            Choice choice = choices.get(person);
            Instant visible = cadence.due(choice.feed(), now);
            Instant mail = cadence.due(choice.mail(), now);
            if (visible == null && mail == null) {
                continue;
            }
            if (visible != null && !visible.isAfter(now)) {
                toldNow.add(person);
            }
            batch.add(new NewEntry(person, type.key(), notice.args(), notice.link(), notice.structure(),
                    notice.sourceKey(), now, visible, mail));
        }
        int inserted = entries.insert(batch);
        signal.changed(toldNow);
        return inserted;
    }

    /**
     * Withdraws what was said about a resource from every feed, as if it had never been told:
     * entries and mails not sent yet go, unread counts follow (a recalled message leaves no
     * trace), and a notice about it handled later is not written. Returns how many entries went.
     */
    @Transactional
    int withdraw(String sourceKey) {
        entries.lockResource(sourceKey);
        entries.markWithdrawn(sourceKey, clock.instant());
        List<PersonId> told = entries.deleteBySource(sourceKey);
        signal.changed(told);
        return told.size();
    }

    /** The person's feed, newest first; {@code before} is the {@link Page#next()} cursor of a previous page. */
    public Page feed(PersonId person, Locale locale, @Nullable String before, int limit) {
        Instant beforeDate = null;
        UUID beforeId = null;
        if (before != null && !before.isBlank()) {
            String[] parts = before.split("_", 2);
            try {
                beforeDate = Instant.parse(parts[0]);
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Not a timeline cursor", e);
            }
        }
        int size = Math.clamp(limit, 1, 200);
        List<Entry> rows = entries.feed(person, clock.instant(), beforeDate, beforeId, size + 1);
        List<Item> items = rows.stream().limit(size).map(e -> item(e, locale)).toList();
        String next = rows.size() > size ? items.getLast().date() + "_" + items.getLast().id() : null;
        return new Page(items, next);
    }

    /** A page of the feed and the cursor of the next one (null at the end). */
    public record Page(List<Item> items, @Nullable String next) {
    }

    public int unread(PersonId person) {
        return entries.unread(person, clock.instant());
    }

    /** The unread counts of several people, 0 for those with none. */
    Map<PersonId, Integer> unread(Collection<PersonId> people) {
        var counts = new HashMap<>(entries.unread(people, clock.instant()));
        people.forEach(p -> counts.putIfAbsent(p, 0));
        return counts;
    }

    @Transactional
    public void markAllRead(PersonId person) {
        entries.markAllRead(person, clock.instant());
        signal.changed(List.of(person));
    }

    /** Hides one of the person's entries; false when it is not theirs or already hidden. */
    @Transactional
    public boolean hide(PersonId person, UUID entry) {
        boolean hidden = entries.hide(person, entry, clock.instant());
        signal.changed(List.of(person));
        return hidden;
    }

    /** The text of an entry in a language. */
    String text(String type, List<String> args, Locale locale) {
        String key = types.find(type).map(NotificationType::textKey).orElse("notification.text.unknown");
        return messages.getMessage(key, args.toArray(), locale);
    }

    private Item item(Entry e, Locale locale) {
        return new Item(e.id(), e.type(), e.date(), text(e.type(), e.args(), locale), e.link(), e.read());
    }
}
