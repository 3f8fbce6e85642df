package org.preau.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.diary.DiaryBenchmarkAccess;
import org.preau.directory.Directory;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pupil's homework list with three school years of history in a generated territory:
 * {@code ./mvnw test -Dtest=DiaryBenchmark} (not part of verify). Writes 600 classes × 3 years
 * × ~3 homework a school day in batches, then times the list of the next four weeks.
 */
@SpringBootTest
@org.springframework.context.annotation.Import(DiaryBenchmarkAccess.class)
class DiaryBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    DiaryBenchmarkAccess diary;

    @Test
    void pupilsHomeworkListWithThreeYearsOfHistory() {
        long start = System.nanoTime();
        UUID structure = jdbc.sql("select id from directory.structures where uai = '0930002B'").query(UUID.class).single();
        UUID author = jdbc.sql("select person_id from identity.accounts where login = 'paul.martin'")
                .query(UUID.class).single();
        jdbc.sql("""
                insert into directory.classes (structure_id, name)
                select :s, 'BENCH' || g from generate_series(1, 600) g""").param("s", structure).update();
        LocalDate today = LocalDate.now(PeopleTime.ZONE);
        // every class (the demo's included): ~3 homework a school day over 3 years, ending 4 weeks ahead
        int rows = jdbc.sql("""
                insert into diary.homework (structure_id, class_id, subject, author_id, due, title, instructions,
                                            publish_at, notified_at, created_at, updated_at)
                select c.structure_id, c.id, s.subject, :a, d::date, 'Devoir ' || s.subject, '<p>Consignes</p>',
                       d - interval '3 days', d, d - interval '3 days', d - interval '3 days'
                from directory.classes c
                cross join generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
                cross join (values ('Mathématiques'), ('Français'), ('Anglais')) s(subject)
                where extract(isodow from d) < 6 and (c.name like 'BENCH%' or c.structure_id = :s)""")
                .param("a", author).param("s", structure).param("from", today.minusYears(3))
                .param("to", today.plusWeeks(4)).update();
        jdbc.sql("analyze diary.homework").update();
        System.out.printf("%d homework written in %d ms%n", rows, (System.nanoTime() - start) / 1_000_000);

        PersonId lucas = new PersonId(jdbc.sql("select person_id from identity.accounts where login = 'lucas.durand'")
                .query(UUID.class).single());
        PreauUser pupil = new PreauUser(lucas, "lucas.durand", "Lucas Durand", directory.roles(lucas), true, null);
        for (int i = 0; i < 100; i++) {
            diary.list(pupil, today, today.plusDays(27));
        }
        long[] times = new long[1000];
        int size = 0;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            size = diary.list(pupil, today, today.plusDays(27));
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("pupil's homework list (%d lines): p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  (%d lists)%n", size,
                times[500] / 1e6, times[950] / 1e6, times[990] / 1e6, times.length);
    }
}
