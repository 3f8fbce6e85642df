package org.preau.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity's part of "Mes données": the account, its second factor, devices, sessions,
 * recent logins, tokens and log. Never a hash, a code, a secret or a session id: only that they
 * exist and their dates.
 */
@Component
class IdentityPersonalData implements PersonalDataPart {

    record Account(String login, String state, @Nullable String language, Instant createdAt,
            @Nullable Instant activatedAt, @Nullable Instant charterAcceptedAt, @Nullable Instant lastLoginAt,
            @Nullable Instant lastFailureAt, @Nullable Instant lockedUntil, boolean activationCodePending,
            List<Instant> passwordChanges) {
    }

    record SecondFactor(boolean authenticatorEnabled, @Nullable Instant authenticatorSince, int recoveryCodesLeft,
            int recoveryCodesUsed, List<Instant> codesByMail) {
    }

    record Email(String email, Instant verifiedAt) {
    }

    record MailLink(String purpose, String email, Instant sentAt, Instant expiresAt, @Nullable Instant usedAt) {
    }

    record Device(String summary, Instant firstSeen, Instant lastSeen) {
    }

    record OpenSession(@Nullable String browser, @Nullable String system, @Nullable String other,
            @Nullable String address, Instant startedAt, Instant lastUsedAt) {
    }

    record Address(String address, Instant at, @Nullable Integer failures, @Nullable Instant lockedUntil) {
    }

    record Token(UUID id, String name, List<String> scopes, Instant createdAt, Instant expiresAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
    }

    record Event(Instant at, String type, @Nullable UUID person, @Nullable UUID actor, @Nullable String address) {
    }

    private final JdbcClient jdbc;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    IdentityPersonalData(JdbcClient jdbc, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(PersonId person, PersonalDataExport export) {
        UUID p = person.value();
        var changes = jdbc.sql("select changed_at from identity.password_history where person_id = :p order by changed_at")
                .param("p", p).query((rs, n) -> at(rs, 1)).list();
        boolean pending = jdbc.sql("select count(*) from identity.activation_codes where person_id = :p")
                .param("p", p).query(Integer.class).single() > 0;
        var account = jdbc.sql("""
                select login, state, locale, created_at, activated_at, charter_accepted_at, last_login_at,
                       last_failure_at, locked_until from identity.accounts where person_id = :p""")
                .param("p", p).query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3),
                        at(rs, 4), at(rs, 5), at(rs, 6), at(rs, 7), at(rs, 8), at(rs, 9), pending, changes))
                .optional();
        if (account.isEmpty()) {
            return;
        }
        export.json("account", account.get());
        jdbc.sql("select email, verified_at from identity.verified_emails where person_id = :p")
                .param("p", p).query((rs, n) -> new Email(rs.getString(1), at(rs, 2))).optional()
                .ifPresent(email -> export.json("verified-email", email));
        export.json("mail-links", jdbc.sql("""
                select purpose, email, created_at, expires_at, used_at from identity.mail_tokens
                where person_id = :p order by created_at""")
                .param("p", p).query((rs, n) -> new MailLink(rs.getString(1), rs.getString(2), at(rs, 3), at(rs, 4),
                        at(rs, 5))).list());
        export.json("second-factor", secondFactor(p));
        export.json("devices", jdbc.sql("""
                select summary, first_seen, last_seen from identity.known_devices where person_id = :p order by last_seen desc""")
                .param("p", p).query((rs, n) -> new Device(rs.getString(1), at(rs, 2), at(rs, 3))).list());
        export.json("sessions", sessions.findByPrincipalName(account.get().login()).values().stream()
                .map(s -> {
                    var device = DeviceNames.parts(s.getAttribute(Sessions.DEVICE));
                    return new OpenSession(device.browser(), device.system(), device.other(),
                            s.getAttribute(Sessions.ADDRESS), s.getCreationTime(), s.getLastAccessedTime());
                })
                .sorted(Comparator.comparing(OpenSession::lastUsedAt).reversed()).toList());
        Map<String, Object> logins = new LinkedHashMap<>();
        logins.put("succeededFrom", jdbc.sql("""
                select address, last_success_at from identity.login_addresses where person_id = :p order by last_success_at desc""")
                .param("p", p).query((rs, n) -> new Address(rs.getString(1), at(rs, 2), null, null)).list());
        logins.put("failedFrom", jdbc.sql("""
                select address, last_failure_at, failures, locked_until from identity.login_failures
                where person_id = :p order by last_failure_at desc""")
                .param("p", p).query((rs, n) -> new Address(rs.getString(1), at(rs, 2), rs.getInt(3), at(rs, 4))).list());
        export.json("logins", logins);
        export.json("access-tokens", jdbc.sql("""
                select id, name, scopes, created_at, expires_at, last_used_at, revoked_at from identity.access_tokens
                where person_id = :p order by created_at""")
                .param("p", p).query((rs, n) -> new Token(rs.getObject(1, UUID.class), rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), at(rs, 4), at(rs, 5), at(rs, 6), at(rs, 7)))
                .list());
        // the account's log: what happened to it, and what the person did to others' (ids only);
        // the network address only of the person's own doings
        export.json("audit", jdbc.sql("""
                select at, type, person_id, actor_id, case when actor_id is null or actor_id = :p then ip end
                from identity.audit_events where person_id = :p or actor_id = :p order by at, id""")
                .param("p", p).query((rs, n) -> new Event(at(rs, 1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getString(5))).list());
    }

    private SecondFactor secondFactor(UUID p) {
        var since = jdbc.sql("select confirmed_at from identity.mfa_totp where person_id = :p and confirmed_at is not null")
                .param("p", p).query((rs, n) -> at(rs, 1)).optional();
        int left = jdbc.sql("select count(*) from identity.mfa_recovery_codes where person_id = :p and used_at is null")
                .param("p", p).query(Integer.class).single();
        int used = jdbc.sql("select count(*) from identity.mfa_recovery_codes where person_id = :p and used_at is not null")
                .param("p", p).query(Integer.class).single();
        var mailed = jdbc.sql("select created_at from identity.mfa_mail_codes where person_id = :p order by created_at")
                .param("p", p).query((rs, n) -> at(rs, 1)).list();
        return new SecondFactor(since.isPresent(), since.orElse(null), left, used, mailed);
    }

    private static @Nullable Instant at(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
