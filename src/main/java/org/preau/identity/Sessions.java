package org.preau.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * A person's open sessions ("where am I logged in?"): the device and address each one
 * started from, when, and the last use; ending one, the others, or all of them. Session ids
 * never leave the server: pages name a session by an opaque handle.
 */
@Service
public class Sessions {

    static final String DEVICE = "preau.device";
    static final String ADDRESS = "preau.address";

    /** One open session as its owner sees it. */
    public record SessionView(String handle, Device device, @Nullable String address, Instant startedAt,
            Instant lastUsedAt, boolean current) {
    }

    /**
     * The device of a session as people read it ("Firefox sur Windows"): the browser and the
     * system when recognised, else the agent as sent (printable, shortened), else nothing.
     */
    public record Device(@Nullable String browser, @Nullable String system, @Nullable String other) {
    }

    private final FindByIndexNameSessionRepository<? extends Session> repository;
    private final AccountRepository accounts;
    private final AccessTokens tokens;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository, AccountRepository accounts,
            AccessTokens tokens) {
        this.repository = repository;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    public List<SessionView> of(PreauUser user, String currentSessionId) {
        return repository.findByPrincipalName(user.login()).values().stream()
                .map(s -> new SessionView(handle(s.getId()), DeviceNames.parts(s.getAttribute(DEVICE)), s.getAttribute(ADDRESS),
                        s.getCreationTime(), s.getLastAccessedTime(), s.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(SessionView::lastUsedAt).reversed())
                .toList();
    }

    /** Ends one of the user's own sessions; false when the handle names none of them. */
    public boolean end(PreauUser user, String handle) {
        for (String id : repository.findByPrincipalName(user.login()).keySet()) {
            if (handle(id).equals(handle)) {
                repository.deleteById(id);
                return true;
            }
        }
        return false;
    }

    /**
     * Ends every session of the user but the current one, and revokes their API tokens unless
     * they chose to keep them; returns how many sessions were ended.
     */
    public int endOthers(PreauUser user, String currentSessionId, boolean keepTokens) {
        if (!keepTokens) {
            tokens.revokeAll(user.personId());
        }
        return endOthers(user, currentSessionId);
    }

    /** Ends every session of the user but the current one; returns how many. */
    public int endOthers(PreauUser user, String currentSessionId) {
        int ended = 0;
        for (String id : repository.findByPrincipalName(user.login()).keySet()) {
            if (!id.equals(currentSessionId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    /**
     * Ends every session of a person, and revokes their API tokens (a password reset, an admin's
     * action, access withdrawn); returns how many sessions were ended.
     */
    public int endAll(PersonId person) {
        tokens.revokeAll(person);
        var login = accounts.loginOf(person);
        if (login.isEmpty()) {
            return 0;
        }
        int ended = 0;
        for (String id : repository.findByPrincipalName(login.get()).keySet()) {
            repository.deleteById(id);
            ended++;
        }
        return ended;
    }

    static String handle(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
