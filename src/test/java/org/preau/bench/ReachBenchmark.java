package org.preau.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.preau.access.Reach;
import org.preau.access.ShareRef;
import org.preau.access.Sharing;
import org.preau.directory.DirectorySync;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Can A reach B" and "what is shared with me" on a territory of 50,000 people:
 * {@code ./mvnw test -Dtest=ReachBenchmark -Dspring.profiles.active=test} (not part of
 * verify). Writes the territory of {@link BenchTerritory}, then 25,000 folders of teachers
 * holding 100,000 documents, shared with classes, pupils and the teachers of a school, and
 * prints p50/p95/p99 of {@link Reach#canReach}, {@link Sharing#sharedWith} and
 * {@link Sharing#canRead}.
 */
@SpringBootTest
class ReachBenchmark {

    private static final int RUNS = 1_000;

    @Autowired
    DirectorySync sync;
    @Autowired
    Reach reach;
    @Autowired
    Sharing sharing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;

    private final Random random = new Random(11);

    /** A benchmark person, where they hold a profile, and what. */
    private record Person(UUID id, UUID structure, String profile) {
    }

    @Test
    void reachAndSharingOnFiftyThousandPeople() {
        long start = System.nanoTime();
        sync.apply(BenchTerritory.batch(50_000, random));
        System.out.printf("territory of %d people written in %d ms%n",
                jdbc.sql("select count(*) from directory.persons").query(Long.class).single(),
                (System.nanoTime() - start) / 1_000_000);
        List<Person> people = jdbc.sql("""
                select p.id, pp.structure_id, pp.profile from directory.persons p
                join directory.person_profiles pp on pp.person_id = p.id where p.source = 'BENCH'""")
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
        Map<UUID, List<Person>> bySchool = new HashMap<>();
        people.forEach(p -> bySchool.computeIfAbsent(p.structure(), k -> new ArrayList<>()).add(p));
        List<String> documents = shares(people);
        jdbc.sql("analyze").update();

        for (String profile : List.of("STUDENT", "TEACHER", "RELATIVE")) {
            List<Person> from = people.stream().filter(p -> p.profile().equals(profile)).toList();
            int[] allowed = new int[1];
            measure("can reach, from a " + profile.toLowerCase(), i -> {
                Person a = from.get(random.nextInt(from.size()));
                List<Person> school = bySchool.get(a.structure());
                Person b = i % 2 == 0 ? school.get(random.nextInt(school.size())) : people.get(random.nextInt(people.size()));
                boolean yes = reach.canReach(new PersonId(a.id()), new PersonId(b.id()));
                allowed[0] += yes ? 1 : 0;
                return yes;
            });
            System.out.printf("    (%d of %d pairs reachable: half in the same school, half anywhere)%n", allowed[0],
                    RUNS + 200);
        }
        List<Person> pupils = people.stream().filter(p -> p.profile().equals("STUDENT")).toList();
        int[] found = new int[1];
        measure("shared with me (folders), pupil", i -> {
            var shared = sharing.sharedWith(user(pupils.get(random.nextInt(pupils.size()))), "bench.folder", 100);
            found[0] += shared.size();
            return true;
        });
        System.out.printf("    (%.1f folders a pupil on average)%n", found[0] / (double) (RUNS + 200));
        measure("can read a document, pupil", i -> sharing.canRead(user(pupils.get(random.nextInt(pupils.size()))),
                "bench.document", documents.get(random.nextInt(documents.size()))));
    }

    /** The machine's one-minute load average, to read the figures with (the build machine is shared). */
    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static PreauUser user(Person p) {
        return new PreauUser(new PersonId(p.id()), "bench", "bench", Set.of("ROLE_" + p.profile()), true, null);
    }

    /**
     * Ten folders per teacher with four documents each; each folder shared with the pupils of
     * the teacher's class and with three pupils of the school, one with the school's teachers;
     * one document in five shared with a pupil of its own.
     */
    private List<String> shares(List<Person> people) {
        long start = System.nanoTime();
        var teachings = jdbc.sql("""
                select t.person_id, t.class_id from directory.teachings t join directory.persons p on p.id = t.person_id
                where p.source = 'BENCH'""")
                .query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
        Map<UUID, UUID> schoolOf = new HashMap<>();
        Map<UUID, List<UUID>> pupilsOf = new HashMap<>();
        people.forEach(p -> {
            schoolOf.putIfAbsent(p.id(), p.structure());
            if (p.profile().equals("STUDENT")) {
                pupilsOf.computeIfAbsent(p.structure(), k -> new ArrayList<>()).add(p.id());
            }
        });
        List<Object[]> resources = new ArrayList<>();
        List<Object[]> shares = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (UUID[] teaching : teachings) {
            UUID teacher = teaching[0];
            List<UUID> schoolPupils = pupilsOf.get(schoolOf.get(teacher));
            for (int f = 0; f < 10; f++) {
                String folder = teacher + "/" + f;
                resources.add(new Object[] { "bench.folder", folder, teacher, null, null });
                shares.add(new Object[] { "bench.folder", folder, "class:" + teaching[1] + ":STUDENT", 1, teacher, now });
                for (int k = 0; k < 3; k++) {
                    shares.add(new Object[] { "bench.folder", folder,
                            Sharing.personKey(new PersonId(schoolPupils.get(random.nextInt(schoolPupils.size())))), 2,
                            teacher, now });
                }
                if (f == 0) {
                    shares.add(new Object[] { "bench.folder", folder, "structure:" + schoolOf.get(teacher) + ":TEACHER", 1,
                            teacher, now });
                }
                for (int d = 0; d < 4; d++) {
                    String document = folder + "/" + d;
                    documents.add(document);
                    resources.add(new Object[] { "bench.document", document, teacher, "bench.folder", folder });
                    if (random.nextInt(5) == 0) {
                        shares.add(new Object[] { "bench.document", document,
                                Sharing.personKey(new PersonId(schoolPupils.get(random.nextInt(schoolPupils.size())))), 2,
                                teacher, now });
                    }
                }
            }
        }
        template.batchUpdate("""
                insert into access.share_resources (resource_type, resource_id, owner_id, parent_type, parent_id)
                values (?, ?, ?, ?, ?) on conflict do nothing""", resources);
        template.batchUpdate("""
                insert into access.shares (resource_type, resource_id, grantee, level, granted_by, granted_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", shares);
        System.out.printf("%d resources and %d shares written in %d ms%n", resources.size(), shares.size(),
                (System.nanoTime() - start) / 1_000_000);
        sharing.rights(user(people.get(0)), new ShareRef("bench.folder", resources.get(0)[1].toString()));
        return documents;
    }

    /** Runs {@code call} 200 times to warm up, then {@link #RUNS} times, and prints the percentiles. */
    private void measure(String label, IntPredicate call) {
        for (int i = 0; i < 200; i++) {
            call.test(i);
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.test(i);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("%-34s p50 %5.2f ms  p95 %5.2f ms  p99 %5.2f ms  (%d calls, load average %s)%n", label,
                times[RUNS / 2] / 1e6, times[RUNS * 95 / 100] / 1e6, times[RUNS * 99 / 100] / 1e6, RUNS, load());
    }
}
