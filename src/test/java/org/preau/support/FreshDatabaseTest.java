package org.preau.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test classes share an application context but not its data: what one class writes, the next
 * does not see, and a moved clock is back at its start (each nested class is a test class).
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class FreshDatabaseTest {

    private static final String MARK = "ZZFRESH1";
    private static Instant start;

    @Nested
    @Order(1)
    class AClassThatWritesAndMovesTime {

        @Autowired
        JdbcClient jdbc;

        @Autowired
        MovableClock clock;

        @Test
        void writesAStructureAndMovesTheClock() {
            start = clock.instant();
            jdbc.sql("insert into directory.structures (name, uai, type) values ('Test', :uai, 'ECOLE')")
                    .param("uai", MARK).update();
            clock.advance(Duration.ofDays(40));
            assertThat(count(jdbc)).isOne();
        }
    }

    @Nested
    @Order(2)
    class TheNextClass {

        @Autowired
        JdbcClient jdbc;

        @Autowired
        Clock clock;

        @Test
        void startsFromTheSeededDatabaseAndTheClocksStart() {
            assertThat(count(jdbc)).as("the previous class's structure").isZero();
            assertThat(jdbc.sql("select count(*) from identity.accounts where login = 'lucas.durand'").query(Long.class)
                    .single()).as("the demo territory").isOne();
            assertThat(clock.instant()).isEqualTo(start);
        }
    }

    private static long count(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from directory.structures where uai = :uai").param("uai", MARK)
                .query(Long.class).single();
    }
}
