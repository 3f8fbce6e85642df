package org.preau.timeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.preau.platform.notification.Frequency;
import org.preau.platform.notification.NotificationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's choices, and the admin's defaults, per notification type. */
@Repository
class PreferencesRepository {

    private final JdbcClient jdbc;

    PreferencesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The choice of each recipient, from their own, else the admin's default, else the type's. */
    Map<PersonId, Choice> choices(NotificationType type, Collection<PersonId> people) {
        Choice fallback = fallback(type);
        Map<PersonId, Choice> chosen = new HashMap<>();
        jdbc.sql("select person_id, feed, mail from timeline.preferences where type = :t and person_id = any(:p)")
                .param("t", type.key()).param("p", people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(rs -> {
                    chosen.put(new PersonId(rs.getObject(1, UUID.class)),
                            new Choice(Frequency.valueOf(rs.getString(2)), Frequency.valueOf(rs.getString(3))));
                });
        Map<PersonId, Choice> result = new HashMap<>();
        people.forEach(p -> result.put(p, chosen.getOrDefault(p, fallback)));
        return result;
    }

    /** What people who chose nothing get: the admin's default, else the type's own. */
    Choice fallback(NotificationType type) {
        return adminDefault(type.key()).orElse(declared(type));
    }

    /** The type's declared default: in the feed at once, by mail as the type says. */
    static Choice declared(NotificationType type) {
        return new Choice(Frequency.IMMEDIATE, type.defaultMail());
    }

    /** Forgets the person's choice: they follow the defaults again. */
    void forget(PersonId person, String type) {
        jdbc.sql("delete from timeline.preferences where person_id = :p and type = :t")
                .param("p", person.value()).param("t", type).update();
    }

    void forgetDefault(String type) {
        jdbc.sql("delete from timeline.type_defaults where type = :t").param("t", type).update();
    }

    Optional<Choice> adminDefault(String type) {
        return jdbc.sql("select feed, mail from timeline.type_defaults where type = :t").param("t", type)
                .query((rs, n) -> new Choice(Frequency.valueOf(rs.getString(1)), Frequency.valueOf(rs.getString(2))))
                .optional();
    }

    void save(PersonId person, String type, Choice choice) {
        jdbc.sql("""
                insert into timeline.preferences (person_id, type, feed, mail) values (:p, :t, :f, :m)
                on conflict (person_id, type) do update set feed = excluded.feed, mail = excluded.mail""")
                .param("p", person.value()).param("t", type).param("f", choice.feed().name())
                .param("m", choice.mail().name()).update();
    }

    void saveDefault(String type, Choice choice) {
        jdbc.sql("""
                insert into timeline.type_defaults (type, feed, mail) values (:t, :f, :m)
                on conflict (type) do update set feed = excluded.feed, mail = excluded.mail""")
                .param("t", type).param("f", choice.feed().name()).param("m", choice.mail().name()).update();
    }
}
