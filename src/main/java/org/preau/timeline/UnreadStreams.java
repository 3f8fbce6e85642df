package org.preau.timeline;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open unread-count streams of this node (Server-Sent Events), at most {@code per-person}
 * for each person (the oldest is closed). A stream gets the count when it opens, then each time
 * it changes ({@link #changed}, from {@link UnreadListener}) and, with a heartbeat every 25 s,
 * whenever it changed without a signal (a digest's entries becoming visible). A stream ends
 * after {@code timeout} (the browser reconnects, and the login is checked again) and when the
 * node stops; it ends for good (event {@code end}: the script does not reconnect) when its
 * person logs out on this node or opens more streams than allowed. Sending runs on virtual threads: a
 * slow browser holds nobody up.
 */
@Component
class UnreadStreams {

    /** What a stream is sent: the count and the words a screen reader says, in the person's language. */
    record Unread(int count, String label) {
    }

    private record Stream(PersonId person, SseEmitter emitter, Locale locale) {
    }

    private static final String EVENT = "unread";
    private static final int CHUNK = 1000;

    private final Map<PersonId, List<Stream>> streams = new ConcurrentHashMap<>();
    private final Map<PersonId, Integer> lastSent = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Notifications notifications;
    private final MessageSource messages;
    private final int perPerson;
    private final Duration timeout;

    UnreadStreams(Notifications notifications, MessageSource messages,
            @Value("${preau.timeline.stream.per-person:5}") int perPerson,
            @Value("${preau.timeline.stream.timeout:PT5M}") Duration timeout) {
        this.notifications = notifications;
        this.messages = messages;
        this.perPerson = perPerson;
        this.timeout = timeout;
    }

    /** Opens a stream for the person, first telling them their count. */
    SseEmitter open(PersonId person, Locale locale) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Stream stream = new Stream(person, emitter, locale);
        List<Stream> evicted = new ArrayList<>();
        streams.compute(person, (p, current) -> {
            List<Stream> next = new ArrayList<>(current == null ? List.of() : current);
            next.add(stream);
            while (next.size() > perPerson) {
                evicted.add(next.removeFirst());
            }
            return List.copyOf(next);
        });
        emitter.onCompletion(() -> forget(stream));
        emitter.onTimeout(() -> {
            forget(stream);
            emitter.complete();
        });
        emitter.onError(e -> forget(stream));
        evicted.forEach(UnreadStreams::end);
        int count = notifications.unread(person);
        lastSent.put(person, count);
        try {
            emitter.send(SseEmitter.event().reconnectTime(10_000).name(EVENT)
                    .data(unread(count, locale), MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            forget(stream);
        }
        return emitter;
    }

    /** Some people's counts may have changed: those with a stream here are sent their new one. */
    void changed(Collection<PersonId> people) {
        List<PersonId> here = people.stream().filter(streams::containsKey).distinct().toList();
        if (!here.isEmpty()) {
            senders.execute(() -> refresh(here, false));
        }
    }

    /** Every person with a stream here is sent their count if it changed, the others a heartbeat comment. */
    @Scheduled(fixedRateString = "${preau.timeline.stream.heartbeat:PT25S}", initialDelayString = "PT25S")
    void heartbeat() {
        refresh(List.copyOf(streams.keySet()), true);
    }

    /** After the listener was cut off: signals may have been missed. */
    void resync() {
        senders.execute(() -> refresh(List.copyOf(streams.keySet()), false));
    }

    /** How many streams are open on this node. */
    int open() {
        return streams.values().stream().mapToInt(List::size).sum();
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PreauUser user) {
            List<Stream> closed = streams.remove(user.personId());
            if (closed != null) {
                lastSent.remove(user.personId());
                closed.forEach(UnreadStreams::end);
            }
        }
    }

    /** Streams would hold the server's graceful shutdown: they end first (browsers reconnect elsewhere). */
    @EventListener
    void stopping(ContextClosedEvent event) {
        streams.values().forEach(list -> list.forEach(s -> s.emitter().complete()));
        streams.clear();
        senders.shutdown();
    }

    private void refresh(List<PersonId> people, boolean heartbeat) {
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<PersonId> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            Map<PersonId, Integer> counts = notifications.unread(chunk);
            Set<PersonId> told = ConcurrentHashMap.newKeySet();
            counts.forEach((person, count) -> {
                Integer previous = lastSent.put(person, count);
                if (previous == null || previous != count.intValue()) {
                    told.add(person);
                    streams.getOrDefault(person, List.of()).forEach(s -> senders.execute(() -> send(s, count)));
                }
            });
            if (heartbeat) {
                chunk.stream().filter(p -> !told.contains(p)).forEach(person -> streams.getOrDefault(person, List.of())
                        .forEach(s -> senders.execute(() -> comment(s))));
            }
        }
    }

    private void send(Stream stream, int count) {
        try {
            stream.emitter().send(SseEmitter.event().name(EVENT).data(unread(count, stream.locale()),
                    MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            forget(stream);
        }
    }

    private void comment(Stream stream) {
        try {
            stream.emitter().send(SseEmitter.event().comment(""));
        } catch (IOException | IllegalStateException e) {
            forget(stream);
        }
    }

    /** Ends a stream for good: the page's script closes it instead of connecting again. */
    private static void end(Stream stream) {
        try {
            stream.emitter().send(SseEmitter.event().name("end").data(""));
            stream.emitter().complete();
        } catch (IOException | IllegalStateException e) {
            // already gone (the browser closed it, or its connection failed): nothing left to end
        }
    }

    private Unread unread(int count, Locale locale) {
        return new Unread(count, messages.getMessage("timeline.live.unread", new Object[] { count }, locale));
    }

    private void forget(Stream stream) {
        streams.computeIfPresent(stream.person(), (p, current) -> {
            List<Stream> next = current.stream().filter(s -> s != stream).toList();
            return next.isEmpty() ? null : next;
        });
        if (!streams.containsKey(stream.person())) {
            lastSent.remove(stream.person());
        }
    }
}
