package org.preau.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, writing a session back only when something changed: every request moves a
 * session's last access, and the store wrote its row for that alone on every request. The last
 * access is now written when it has moved by {@link #granularity} or more (or with any other
 * change), so that most requests of a logged-in person write nothing; the idle timeout
 * (two hours) is then counted from at most a minute earlier.
 */
final class QuietSessionRepository<S extends Session> implements FindByIndexNameSessionRepository<Session> {

    private final FindByIndexNameSessionRepository<S> store;
    private final Duration granularity;

    QuietSessionRepository(FindByIndexNameSessionRepository<S> store, Duration granularity) {
        this.store = store;
        this.granularity = granularity;
    }

    @Override
    public Session createSession() {
        return store.createSession();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Session session) {
        store.save(session instanceof Quiet<?> quiet ? (S) quiet.stored : (S) session);
    }

    @Override
    public Session findById(String id) {
        S stored = store.findById(id);
        return stored == null ? null : new Quiet<>(stored, granularity);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return (Map<String, Session>) store.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    /** A stored session whose last access moves only by steps of the granularity. */
    private record Quiet<S extends Session>(S stored, Duration granularity) implements Session {

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(granularity) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
