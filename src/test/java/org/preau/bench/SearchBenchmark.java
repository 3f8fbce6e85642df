package org.preau.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.directory.DirectorySearch;
import org.preau.directory.DirectorySync;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Annuaire latency on a territory of 50,000 people: {@code ./mvnw test -Dtest=SearchBenchmark}
 * (not part of verify). Prints p50/p95/p99 per kind of viewer.
 */
@SpringBootTest
class SearchBenchmark {

    private static final String[] FIRST = BenchTerritory.FIRST;
    private static final String[] LAST = BenchTerritory.LAST;

    @Autowired
    DirectorySync sync;

    @Autowired
    DirectorySearch search;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random(7);

    @Test
    void searchOnFiftyThousandPeople() {
        long start = System.nanoTime();
        sync.apply(BenchTerritory.batch(50_000, random));
        System.out.printf("territory of %d people written in %d ms%n",
                jdbc.sql("select count(*) from directory.persons").query(Long.class).single(),
                (System.nanoTime() - start) / 1_000_000);
        jdbc.sql("analyze").update();
        for (String profile : List.of("TEACHER", "STUDENT", "RELATIVE")) {
            measure(profile, viewer(profile));
        }
        measure("central admin", viewer("admin.region"));
    }

    private void measure(String label, PreauUser viewer) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String name = LAST[random.nextInt(LAST.length)];
            queries.add(switch (i % 3) {
                case 0 -> name.substring(0, 4);
                case 1 -> FIRST[random.nextInt(FIRST.length)] + " " + name;
                default -> typo(name);
            });
        }
        queries.subList(0, 100).forEach(q -> search.search(viewer, q, 20));
        long[] times = new long[500];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            search.search(viewer, queries.get(100 + i), 20);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("annuaire search as %-13s p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms  (%d searches)%n", label,
                times[250] / 1e6, times[475] / 1e6, times[495] / 1e6, times.length);
    }

    private PreauUser viewer(String profileOrLogin) {
        UUID id = profileOrLogin.contains(".")
                ? jdbc.sql("select person_id from identity.accounts where login = :l").param("l", profileOrLogin)
                        .query(UUID.class).single()
                : jdbc.sql("""
                        select p.id from directory.persons p join directory.person_profiles pp on pp.person_id = p.id
                        where p.source = 'BENCH' and pp.profile = :p order by p.external_id limit 1""")
                        .param("p", profileOrLogin).query(UUID.class).single();
        var person = new PersonId(id);
        return new PreauUser(person, profileOrLogin, profileOrLogin, directory.roles(person), true, null);
    }

    private String typo(String name) {
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.substring(at + 1);
    }
}
