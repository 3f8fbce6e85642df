package org.preau.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.directory.DirectorySearch;
import org.preau.directory.DirectorySync;
import org.preau.directory.Profile;
import org.preau.directory.StructureType;
import org.preau.directory.SyncModel.ClassKey;
import org.preau.directory.SyncModel.RelativeKey;
import org.preau.directory.SyncModel.SyncBatch;
import org.preau.directory.SyncModel.SyncPerson;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.directory.SyncModel.TeachingKey;
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

    private static final String[] FIRST = { "Louise", "Jade", "Emma", "Léa", "Chloé", "Inès", "Zoé", "Hugo", "Léo",
            "Gabriel", "Raphaël", "Jules", "Noah", "Théo", "Maël", "Éloïse", "Anaïs", "Côme", "Noé", "Yanis" };
    private static final String[] LAST = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand",
            "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert",
            "Bonnet", "François", "Legrand", "Gauthier", "Perrin", "Clément", "Nicolas", "Henry", "Roussel" };

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
        sync.apply(territory(50_000));
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

    private SyncBatch territory(int people) {
        int pupils = people * 40 / 100;
        int teachers = people * 5 / 100;
        int structures = pupils / 500;
        List<SyncStructure> schools = new ArrayList<>();
        for (int s = 0; s < structures; s++) {
            schools.add(new SyncStructure("B" + s, String.format("%07dY", 8_000_000 + s), "Collège Banc " + s,
                    StructureType.COLLEGE));
        }
        List<SyncPerson> persons = new ArrayList<>();
        int parents = 0;
        for (int i = 0; i < pupils; i++) {
            String school = "B" + (i % structures);
            String last = LAST[random.nextInt(LAST.length)];
            List<RelativeKey> relatives = new ArrayList<>();
            for (int p = 0; p < 2 && parents < people - pupils - teachers; p++, parents++) {
                String id = "BP" + parents;
                relatives.add(new RelativeKey(id, true));
                persons.add(person(id, Profile.RELATIVE, FIRST[random.nextInt(FIRST.length)], last, List.of(), List.of(),
                        List.of(), List.of()));
            }
            persons.add(person("BE" + i, Profile.STUDENT, FIRST[random.nextInt(FIRST.length)], last, List.of(school),
                    List.of(new ClassKey(school, "C" + random.nextInt(20))), List.of(), relatives));
        }
        for (int i = 0; i < teachers; i++) {
            String school = "B" + (i % structures);
            persons.add(person("BT" + i, Profile.TEACHER, FIRST[random.nextInt(FIRST.length)],
                    LAST[random.nextInt(LAST.length)], List.of(school), List.of(),
                    List.of(new TeachingKey(school, "C" + random.nextInt(20), "MATHS")), List.of()));
        }
        return new SyncBatch("BENCH", true, Set.of(), schools, List.of(), List.of(), persons, List.of());
    }

    private static SyncPerson person(String id, Profile profile, String first, String last, List<String> structures,
            List<ClassKey> classes, List<TeachingKey> teachings, List<RelativeKey> relatives) {
        return new SyncPerson(id, profile, false, first, last, profile == Profile.STUDENT ? LocalDate.of(2013, 1, 1) : null,
                null, null, structures, classes, teachings, relatives, Set.of());
    }
}
