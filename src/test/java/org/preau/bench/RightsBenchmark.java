package org.preau.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.preau.access.Rights;
import org.preau.directory.DirectorySync;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Application rights on a territory of 50,000 people:
 * {@code ./mvnw test -Dtest=RightsBenchmark -Dspring.profiles.active=test} (not part of verify).
 * Prints p50/p95/p99 of {@code Rights.allowed} for people seen for the first time (their
 * groups read in one query), seen again (in memory), per structure, and the time to read the
 * territory's rules again after a change. Each of the 40 collèges has adapted its rules: a
 * default withdrawn, a role given to the pupils of each of its 20 classes.
 */
@SpringBootTest
class RightsBenchmark {

    private static final String DIRECTORY_ROLE = "0a0c0e55-0000-4000-8000-000000000001";
    private static final String ACCOUNT_ROLE = "0a0c0e55-0000-4000-8000-000000000002";
    private static final int SAMPLE = 2_000;

    @Autowired
    DirectorySync sync;

    @Autowired
    Rights rights;

    @Autowired
    JdbcClient jdbc;

    @Test
    void allowedOnFiftyThousandPeople() {
        long start = System.nanoTime();
        sync.apply(BenchTerritory.batch(50_000, new Random(7)));
        System.out.printf("territory of %d people written in %d ms%n",
                jdbc.sql("select count(*) from directory.persons").query(Long.class).single(),
                (System.nanoTime() - start) / 1_000_000);
        adaptEveryStructure();
        jdbc.sql("analyze").update();

        List<PreauUser> people = sample(SAMPLE);
        List<PreauUser> first = people.subList(0, SAMPLE / 2);
        measure("allowed, first time (groups read)", first, u -> rights.allowed(u, "directory.search"));
        measure("allowed, again (in memory)", first, u -> rights.allowed(u, "directory.search"));
        List<PreauUser> second = people.subList(SAMPLE / 2, SAMPLE);
        StructureId some = new StructureId(jdbc.sql("select id from directory.structures where external_id = 'B1'")
                .query(UUID.class).single());
        measure("allowed in a structure, first time", second, u -> rights.allowed(u, "account.edit", some));
        measure("allowed in a structure, again", second, u -> rights.allowed(u, "account.edit", some));

        long[] reloads = new long[50];
        Object target = AopTestUtils.getTargetObject(rights);
        for (int i = 0; i < reloads.length; i++) {
            jdbc.sql("update access.rules_version set version = version + 1").update();
            long t = System.nanoTime();
            ReflectionTestUtils.invokeMethod(target, "currentRules");
            reloads[i] = System.nanoTime() - t;
        }
        print("rules read again after a change", reloads);
    }

    /** Rules of a lived-in territory: in each structure, a default withdrawn, and roles given to every class. */
    private void adaptEveryStructure() {
        jdbc.sql("""
                insert into access.structure_exclusions (structure_id, profile, role_id)
                select id, 'STUDENT', cast(:role as uuid) from directory.structures where external_id like 'B%'""")
                .param("role", ACCOUNT_ROLE).update();
        jdbc.sql("""
                insert into access.grants (structure_id, group_id, role_id, by_central, granted_by, granted_at)
                select c.structure_id, 'class:' || c.id || ':' || p.profile, cast(:role as uuid), false,
                       gen_random_uuid(), now()
                from directory.classes c cross join (values ('STUDENT'), ('TEACHER'), ('RELATIVE')) p (profile)""")
                .param("role", DIRECTORY_ROLE).update();
        jdbc.sql("update access.rules_version set version = version + 1").update();
        System.out.printf("rules: %d grants, %d withdrawn defaults%n",
                jdbc.sql("select count(*) from access.grants").query(Long.class).single(),
                jdbc.sql("select count(*) from access.structure_exclusions").query(Long.class).single());
    }

    /** People of every profile, in an order unrelated to their profile or structure (the same each run). */
    private List<PreauUser> sample(int size) {
        return jdbc.sql("select id from directory.persons where source = 'BENCH' order by md5(external_id) limit :n")
                .param("n", size).query(UUID.class).list().stream()
                .map(id -> new PreauUser(new PersonId(id), "bench", "Bench", java.util.Set.of(), true, null))
                .toList();
    }

    private static void measure(String label, List<PreauUser> people, Predicate<PreauUser> check) {
        long[] times = new long[people.size()];
        int allowed = 0;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            allowed += check.test(people.get(i)) ? 1 : 0;
            times[i] = System.nanoTime() - t;
        }
        print(label + " (" + allowed + " allowed)", times);
    }

    private static void print(String label, long[] times) {
        Arrays.sort(times);
        System.out.printf("%-50s p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  (%d calls)%n", label,
                times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6, times[times.length * 99 / 100] / 1e6,
                times.length);
    }
}
