package org.preau.bench;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Benchmarks' audience: a manual group of the collège holding many parents made for the occasion. */
final class BenchParents {

    private BenchParents() {
    }

    /** A new group "Bench" of {@code count} new parents of the collège (source {@code BENCH}); its id. */
    static UUID group(JdbcClient jdbc, int count) {
        UUID college = jdbc.sql("select id from directory.structures where uai = '0930002B'").query(UUID.class).single();
        UUID group = jdbc.sql("insert into directory.groups (structure_id, name, kind) values (:s, 'Bench', 'MANUAL') returning id")
                .param("s", college).query(UUID.class).single();
        jdbc.sql("""
                with p as (insert into directory.persons (first_name, last_name, display_name, source)
                           select 'Parent', 'Banc ' || n, 'Parent Banc ' || n, 'BENCH' from generate_series(1, :n) n
                           returning id),
                     pp as (insert into directory.person_profiles select id, :s, 'RELATIVE' from p)
                insert into directory.group_members select :g, id from p""")
                .param("n", count).param("s", college).param("g", group).update();
        return group;
    }
}
