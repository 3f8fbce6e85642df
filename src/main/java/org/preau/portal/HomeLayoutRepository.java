package org.preau.portal;

import java.util.List;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's order and hidden widgets of the home page ({@code portal.home_layout}). */
@Repository
class HomeLayoutRepository {

    /** A widget as the person placed it. */
    record Placement(String key, int position, boolean hidden) {
    }

    private final JdbcClient jdbc;

    HomeLayoutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Placement> of(PersonId person) {
        return jdbc.sql("""
                select widget_key, position, hidden from portal.home_layout
                where person_id = :p order by position, widget_key""")
                .param("p", person.value())
                .query((rs, n) -> new Placement(rs.getString(1), rs.getInt(2), rs.getBoolean(3))).list();
    }

    /** Replaces the person's whole layout. */
    void save(PersonId person, List<Placement> placements) {
        forget(List.of(person));
        for (Placement p : placements) {
            jdbc.sql("insert into portal.home_layout (person_id, widget_key, position, hidden) values (:p, :k, :pos, :h)")
                    .param("p", person.value()).param("k", p.key()).param("pos", p.position())
                    .param("h", p.hidden()).update();
        }
    }

    void forget(List<PersonId> people) {
        jdbc.sql("delete from portal.home_layout where person_id = any(:p)")
                .param("p", people.stream().map(PersonId::value).toArray(UUID[]::new)).update();
    }
}
