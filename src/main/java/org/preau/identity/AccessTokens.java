package org.preau.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.security.ApiTokenAuthenticator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the JSON API: a person creates one for the mobile app or a
 * script (after typing the password again, or a code of the authenticator; a notice goes to
 * the verified address), sees it once, and may revoke it. Only its SHA-256 is kept. A token
 * acts with the person's current roles, within its scopes ({@link TokenScope}), until it
 * expires, and stops working when the person is blocked or leaves, changes the password
 * (unless they keep their tokens) or ends their other sessions.
 */
@Service
public class AccessTokens implements ApiTokenAuthenticator {

    /** The longest a token may live. */
    public static final Duration LONGEST = Duration.ofDays(365);
    private static final int MAX_ACTIVE = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as listed to its owner (never the token itself). */
    public record TokenView(UUID id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt,
            List<TokenScope> scopes) {
    }

    /** What creating a token gave: the token in clear (shown once), or why not (a message key). */
    public record Created(@Nullable String token, @Nullable String problem) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Directory directory;
    private final AccountRepository accounts;
    private final LoginThrottle throttle;
    private final TokenNotice notice;

    AccessTokens(JdbcClient jdbc, Clock clock, Directory directory, AccountRepository accounts, LoginThrottle throttle,
            TokenNotice notice) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.accounts = accounts;
        this.throttle = throttle;
        this.notice = notice;
    }

    /**
     * Creates a token with these scopes (reading only when none), once {@code proof} (the
     * password, or a code of the authenticator) is right; a wrong proof counts as a failed login.
     */
    @Transactional
    public Created create(PreauUser owner, String name, Duration lifetime, Set<TokenScope> scopes, String proof) {
        if (!notice.confirms(owner.personId(), proof)) {
            throttle.failed(owner.personId());
            return new Created(null, "tokens.notConfirmed");
        }
        if (tokens(owner).size() >= MAX_ACTIVE) {
            return new Created(null, "tokens.tooMany");
        }
        Set<TokenScope> granted = scopes.isEmpty() ? EnumSet.of(TokenScope.READ) : EnumSet.copyOf(scopes);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "preau_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Duration life = lifetime.compareTo(LONGEST) > 0 || lifetime.isNegative() ? LONGEST : lifetime;
        String named = name.strip().isEmpty() ? "API" : name.strip().substring(0, Math.min(80, name.strip().length()));
        jdbc.sql("""
                insert into identity.access_tokens (id, person_id, name, token_hash, created_at, expires_at, scopes)
                values (:id, :p, :name, :hash, :now, :expires, :scopes)""")
                .param("id", UUID.randomUUID()).param("p", owner.personId().value()).param("name", named)
                .param("hash", hash(token)).param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(life)))
                .param("scopes", granted.stream().map(Enum::name).toArray(String[]::new))
                .update();
        notice.created(owner.personId(), named, granted, now.plus(life));
        return new Created(token, null);
    }

    /** The owner's tokens still valid. */
    public List<TokenView> tokens(PreauUser owner) {
        return jdbc.sql("""
                select id, name, created_at, expires_at, last_used_at, scopes from identity.access_tokens
                where person_id = :p and revoked_at is null and expires_at > :now order by created_at desc""")
                .param("p", owner.personId().value()).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant(),
                        scopes((String[]) rs.getArray("scopes").getArray()).stream().sorted().toList()))
                .list();
    }

    /** Revokes one of the owner's tokens; false if it is not theirs. */
    @Transactional
    public boolean revoke(PreauUser owner, UUID id) {
        return jdbc.sql("update identity.access_tokens set revoked_at = :now where id = :id and person_id = :p and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("p", owner.personId().value())
                .update() == 1;
    }

    /** Revokes every token of a person (access withdrawn, account reset). */
    @Transactional
    public void revokeAll(PersonId person) {
        jdbc.sql("update identity.access_tokens set revoked_at = :now where person_id = :p and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("p", person.value()).update();
    }

    @Override
    public Optional<PreauUser> authenticate(String token) {
        String address = LoginThrottle.currentAddress();
        if (address != null && throttle.addressBlocked(address)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UUID> person = jdbc.sql("""
                update identity.access_tokens set last_used_at = case
                    when last_used_at is null or last_used_at < :minuteAgo then :now else last_used_at end
                where token_hash = :hash and revoked_at is null and expires_at > :now returning person_id""")
                .param("hash", hash(token)).param("now", Timestamp.from(now))
                .param("minuteAgo", Timestamp.from(now.minusSeconds(60))).query(UUID.class).optional();
        Optional<PreauUser> user = person.map(PersonId::new).flatMap(this::user);
        if (user.isEmpty() && address != null) {
            throttle.addressFailed(address);
        }
        return user;
    }

    @Override
    public boolean allows(String token, String method, String path) {
        return jdbc.sql("select scopes from identity.access_tokens where token_hash = :hash")
                .param("hash", hash(token)).query((rs, n) -> scopes((String[]) rs.getArray(1).getArray())).optional()
                .map(scopes -> TokenScope.permit(scopes, method, path)).orElse(false);
    }

    private static Set<TokenScope> scopes(String[] names) {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String name : names) {
            scopes.add(TokenScope.valueOf(name));
        }
        return scopes;
    }

    private Optional<PreauUser> user(PersonId id) {
        return accounts.byPerson(id).filter(a -> a.active() && a.passwordHash() != null && directory.isActive(id))
                .map(a -> new PreauUser(id, a.login(), directory.card(id).map(c -> c.displayName()).orElse(a.login()),
                        directory.roles(id), true, null));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
