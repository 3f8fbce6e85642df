package org.preau.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PersonTraces;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * RGPD: once a person is deleted at the end of their retention period, or merged into
 * another record, no row of any module still names them — found by searching every uuid,
 * text and JSON column of the database, not by listing tables.
 */
@PreauSpringTest
class PersonLifecycleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryHousekeeping housekeeping;

    private PersonActivity activity() {
        return new PersonActivity(mvc, jdbc);
    }

    @Autowired
    DirectorySync sync;

    @Test
    void deletedPeopleLeaveNoTraceInAnyModuleButWhatTheyWroteStaysUnderAPseudonym() throws Exception {
        UUID pupil = activity().personOf("lucas.durand");
        UUID teacher = activity().personOf("paul.martin");
        UUID admin = activity().personOf("anne.bernard");
        activity().touchEveryModule("lucas.durand");
        activity().send(DemoAccounts.login(mvc, "anne.bernard"), teacher);
        long homework = jdbc.sql("select count(*) from diary.homework where author_id = :t").param("t", teacher)
                .query(Long.class).single();
        assertThat(homework).as("the demo teacher wrote homework").isPositive();
        assertThat(PersonTraces.of(jdbc, pupil, "lucas.durand")).as("the pupil's traces before").hasSizeGreaterThan(12);

        jdbc.sql("""
                update directory.persons set state = 'DETACHED', detached_at = :past, delete_after = :past
                where id in (:ids)""").param("past", java.sql.Timestamp.from(java.time.Instant.EPOCH))
                .param("ids", java.util.List.of(pupil, teacher, admin)).update();
        housekeeping.run();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(PersonTraces.of(jdbc, pupil, "lucas.durand")).isEmpty();
            assertThat(PersonTraces.of(jdbc, teacher, "paul.martin")).isEmpty();
            assertThat(PersonTraces.of(jdbc, admin, "anne.bernard")).isEmpty();
        });
        assertThat(jdbc.sql("select count(*) from diary.homework").query(Long.class).single())
                .as("the class keeps its homework").isGreaterThanOrEqualTo(homework);
    }
}
