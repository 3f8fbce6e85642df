package org.preau.messaging;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.preau.directory.PersonsDeleted;
import org.preau.directory.PersonsMerged;
import org.preau.platform.PeopleTime;
import org.preau.platform.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (once a night, on one node: an advisory lock): the trash is emptied after
 * {@code trashDays}, messages older than {@code retentionMonths} leave every box, messages
 * nobody holds any more are deleted, then files attached to nothing (with their bytes).
 *
 * <p>A person deleted from the directory (RGPD) leaves nothing in messaging: their boxes,
 * folders, drafts and read receipts go; the messages they sent stay with those who received
 * them, from a "former user" (no name, no id), and their name leaves the recipients' lists.
 */
@Component
class MessagingHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(MessagingHousekeeping.class);
    private static final long LOCK = 0x5052_4541_554d_5347L;
    /** Messages and files younger than this are never purged as orphans (a delivery may be under way). */
    private static final Duration GRACE = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final MessagingSettings settings;
    private final FileRepository files;
    private final FileStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MessagingHousekeeping(JdbcClient jdbc, MessagingSettings settings, FileRepository files, FileStore store,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.files = files;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The nightly purge, at {@code preau.messaging.purge-cron} (default 3:15, Paris time). */
    @Scheduled(cron = "${preau.messaging.purge-cron:0 15 3 * * *}", zone = "Europe/Paris")
    void purge() {
        List<String> keys = transaction.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK).query(Boolean.class).single()) {
                return List.<String>of();
            }
            return purgeLocked(clock.instant());
        });
        for (String key : keys == null ? List.<String>of() : keys) {
            try {
                store.delete(key);
            } catch (IOException e) {
                log.warn("Stored file {} not deleted: {}", key, e.getClass().getSimpleName());
            }
        }
    }

    private List<String> purgeLocked(Instant now) {
        var current = settings.current();
        int trashed = jdbc.sql("delete from messaging.entries where folder = 'TRASH' and trashed_at < :limit")
                .param("limit", Timestamp.from(now.minus(Duration.ofDays(current.trashDays())))).update();
        int old = 0;
        if (current.retentionMonths() != null) {
            Instant limit = now.atZone(PeopleTime.ZONE).minusMonths(current.retentionMonths()).toInstant();
            old = jdbc.sql("delete from messaging.entries where date < :limit and folder <> 'DRAFTS'")
                    .param("limit", Timestamp.from(limit)).update();
        }
        int messages = jdbc.sql("""
                delete from messaging.messages m where m.updated_at < :grace and m.state <> 'SCHEDULED'
                  and not exists (select 1 from messaging.entries e where e.message_id = m.id)
                  and not exists (select 1 from messaging.neutralized_entries e where e.message_id = m.id)""")
                .param("grace", Timestamp.from(now.minus(GRACE))).update();
        List<String> keys = files.deleteOrphans(now.minus(GRACE));
        log.info("Messaging purge: {} trashed and {} old entries, {} messages, {} files", trashed, old, messages,
                keys.size());
        return keys;
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        String[] ids = event.persons().stream().map(Object::toString).toArray(String[]::new);
        for (String sql : List.of(
                "delete from messaging.entries where person_id = any(:ids::uuid[])",
                "delete from messaging.neutralized_entries where person_id = any(:ids::uuid[])",
                "delete from messaging.folders where owner_id = any(:ids::uuid[])",
                "delete from messaging.recall_reads where person_id = any(:ids::uuid[])",
                "delete from messaging.messages where sender_id = any(:ids::uuid[]) and state in ('DRAFT', 'SCHEDULED')",
                // a deleted person's held messages are never delivered; a held message is no longer for them
                "update messaging.messages set state = 'DISCARDED' where sender_id = any(:ids::uuid[]) and state = 'HELD'",
                "delete from messaging.held_recipients where person_id = any(:ids::uuid[])",
                "update messaging.held_decisions set moderator_id = gen_random_uuid() where moderator_id = any(:ids::uuid[])",
                "update messaging.messages set sender_id = null, sender_name = null where sender_id = any(:ids::uuid[])",
                // what others addressed stays, under a name no one can trace back: "a former user"
                "update messaging.recipients set label = null, ref = gen_random_uuid()::text where ref = any(:ids)",
                "update messaging.files set owner_id = null where owner_id = any(:ids::uuid[])")) {
            jdbc.sql(sql).param("ids", ids).update();
        }
    }

    /** Two records of one person merged: the removed one's boxes, folders, messages and files become the kept one's. */
    @ApplicationModuleListener
    void on(PersonsMerged event) {
        for (String sql : List.of(
                """
                delete from messaging.entries r where r.person_id = :r and exists (select 1 from messaging.entries k
                    where k.person_id = :k and k.message_id = r.message_id and k.own = r.own)""",
                "update messaging.entries set person_id = :k where person_id = :r",
                """
                delete from messaging.neutralized_entries r where r.person_id = :r and exists (select 1
                    from messaging.neutralized_entries k where k.person_id = :k and k.message_id = r.message_id
                    and k.own = r.own)""",
                "update messaging.neutralized_entries set person_id = :k where person_id = :r",
                """
                update messaging.folders r set name = r.name || ' (2)' where r.owner_id = :r and r.parent_id is null
                  and exists (select 1 from messaging.folders k where k.owner_id = :k and k.parent_id is null
                              and lower(k.name) = lower(r.name))""",
                "update messaging.folders set owner_id = :k where owner_id = :r",
                "update messaging.messages set sender_id = :k where sender_id = :r",
                """
                delete from messaging.recipients r where r.ref = :r::text and exists (select 1 from messaging.recipients k
                    where k.message_id = r.message_id and k.kind = r.kind and k.ref = :k::text)""",
                "update messaging.recipients set ref = :k::text where ref = :r::text",
                """
                delete from messaging.recall_reads r where r.person_id = :r and exists (select 1 from messaging.recall_reads k
                    where k.person_id = :k and k.message_id = r.message_id)""",
                "update messaging.recall_reads set person_id = :k where person_id = :r",
                "update messaging.files set owner_id = :k where owner_id = :r",
                """
                delete from messaging.held_recipients r where r.person_id = :r and exists (select 1
                    from messaging.held_recipients k where k.person_id = :k and k.message_id = r.message_id)""",
                "update messaging.held_recipients set person_id = :k where person_id = :r",
                "update messaging.held_decisions set moderator_id = :k where moderator_id = :r")) {
            jdbc.sql(sql).param("k", event.kept().value()).param("r", event.removed().value()).update();
        }
    }
}
