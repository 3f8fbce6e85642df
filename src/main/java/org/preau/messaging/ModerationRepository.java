package org.preau.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages hidden by moderation: the recipients' entries set aside, and put back on a restore. */
@Repository
class ModerationRepository {

    private final JdbcClient jdbc;

    ModerationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code person} received the message (in any folder of theirs). */
    boolean received(UUID person, UUID message) {
        return jdbc.sql("select exists (select 1 from messaging.entries where person_id = :p and message_id = :m and not own)")
                .param("p", person).param("m", message).query(Boolean.class).single();
    }

    /** Who received the message, as far as their boxes still hold it. */
    List<PersonId> recipients(UUID message) {
        return jdbc.sql("""
                select person_id from messaging.entries where message_id = :m and not own
                union select person_id from messaging.neutralized_entries where message_id = :m and not own""")
                .param("m", message).query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    /**
     * Marks a sent message neutralized and takes it out of every recipient's box (kept aside), in
     * two statements whatever the number of recipients; false when it is not a sent message.
     */
    boolean neutralize(UUID message, Instant now) {
        int marked = jdbc.sql("""
                update messaging.messages set neutralized_at = :now
                where id = :m and state = 'SENT' and neutralized_at is null""")
                .param("m", message).param("now", Timestamp.from(now)).update();
        if (marked == 0) {
            return isNeutralized(message);
        }
        jdbc.sql("""
                with taken as (delete from messaging.entries where message_id = :m and not own returning *)
                insert into messaging.neutralized_entries (person_id, message_id, own, kind, folder, folder_id, unread,
                    read_at, trashed_at, date)
                select person_id, message_id, own, kind, folder, folder_id, unread, read_at, trashed_at, date from taken
                on conflict do nothing""").param("m", message).update();
        return true;
    }

    /**
     * Puts a neutralized message back in the boxes it was taken from (in the inbox when the personal
     * folder it was in is gone); false when it was not neutralized.
     */
    boolean restore(UUID message) {
        int cleared = jdbc.sql("""
                update messaging.messages set neutralized_at = null
                where id = :m and neutralized_at is not null and state = 'SENT'""").param("m", message).update();
        if (cleared == 0) {
            return false;
        }
        jdbc.sql("""
                with back as (delete from messaging.neutralized_entries where message_id = :m returning *)
                insert into messaging.entries (person_id, message_id, own, kind, folder, folder_id, unread, read_at,
                    trashed_at, date)
                select person_id, message_id, own, kind,
                       case when folder = 'PERSONAL' and kept.id is null then 'INBOX' else folder end,
                       kept.id, unread, read_at, trashed_at, date
                from back left join messaging.folders kept on kept.id = back.folder_id
                on conflict do nothing""").param("m", message).update();
        return true;
    }

    boolean isNeutralized(UUID message) {
        return jdbc.sql("select exists (select 1 from messaging.messages where id = :m and neutralized_at is not null)")
                .param("m", message).query(Boolean.class).single();
    }
}
