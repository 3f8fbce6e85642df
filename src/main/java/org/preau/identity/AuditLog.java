package org.preau.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.AdminFunction;
import org.preau.directory.DirectoryAdmin;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to accounts — logins, failures, locks, activations, blocks — with who and
 * when (ids and the client address only), searchable by admins, kept for a configurable time.
 */
@Service
public class AuditLog {

    /** The kinds of events kept. */
    public enum Type {
        LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, ACCOUNT_ACTIVATED, ACCOUNT_BLOCKED,
        ACCOUNT_UNBLOCKED, LOGIN_THROTTLED, PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET,
        LOGIN_REMINDER_SENT, EMAIL_VERIFIED, NEW_DEVICE, CODE_REISSUED, MFA_ENABLED, MFA_DISABLED, MFA_SUCCESS,
        MFA_FAILURE, RECOVERY_CODE_USED, MFA_RESET, SESSIONS_ENDED, PERSON_DELETED, DATA_EXPORTED
    }

    /** One event. */
    public record Entry(Instant at, Type type, @Nullable PersonId person, @Nullable PersonId actor, @Nullable String ip) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DirectoryAdmin admin;
    private final Duration retention;

    AuditLog(JdbcClient jdbc, Clock clock, DirectoryAdmin admin,
            @Value("${preau.identity.audit-retention:P365D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.admin = admin;
        this.retention = retention;
    }

    /** Records an event in its own transaction, so that it stays even when the caller's work is rolled back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Type type, @Nullable PersonId person, @Nullable PersonId actor, @Nullable String ip) {
        jdbc.sql("insert into identity.audit_events (at, type, person_id, actor_id, ip) values (:at, :t, :p, :a, :ip)")
                .param("at", Timestamp.from(clock.instant())).param("t", type.name())
                .param("p", person == null ? null : person.value()).param("a", actor == null ? null : actor.value())
                .param("ip", ip).update();
    }

    /** How many events of this type happened to the person since {@code since} (limits on mails sent). */
    int count(PersonId person, Type type, Instant since) {
        return jdbc.sql("select count(*) from identity.audit_events where person_id = :p and type = :t and at > :since")
                .param("p", person.value()).param("t", type.name()).param("since", Timestamp.from(since))
                .query(Integer.class).single();
    }

    /**
     * The latest events an admin may see, optionally of one type and one person: all for the
     * central admin, those about people of their schools for a local admin.
     */
    @Transactional(readOnly = true)
    public List<Entry> search(PreauUser viewer, @Nullable Type type, @Nullable PersonId person, int limit) {
        if (!admin.isAdmin(viewer)) {
            return List.of();
        }
        boolean central = viewer.hasRole(AdminFunction.CENTRAL_ADMIN.name());
        var entries = jdbc.sql("""
                select at, type, person_id, actor_id, ip from identity.audit_events
                where (cast(:type as text) is null or type = :type) and (cast(:person as uuid) is null or person_id = :person)
                order by at desc, id desc limit :limit""")
                .param("type", type == null ? null : type.name()).param("person", person == null ? null : person.value())
                .param("limit", central ? limit : limit * 5)
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), Type.valueOf(rs.getString(2)),
                        id(rs.getObject(3, UUID.class)), id(rs.getObject(4, UUID.class)), rs.getString(5)))
                .list();
        if (central) {
            return entries;
        }
        var managed = admin.administered(viewer,
                entries.stream().map(Entry::person).filter(java.util.Objects::nonNull).distinct().toList());
        return entries.stream().filter(e -> e.person() != null && managed.contains(e.person())).limit(limit).toList();
    }

    @Scheduled(cron = "${preau.identity.audit-purge-cron:0 15 3 * * *}", zone = "Europe/Paris")
    @Transactional
    public void purge() {
        jdbc.sql("delete from identity.audit_events where at < :limit")
                .param("limit", Timestamp.from(clock.instant().minus(retention))).update();
    }

    private static @Nullable PersonId id(@Nullable UUID value) {
        return value == null ? null : new PersonId(value);
    }
}
