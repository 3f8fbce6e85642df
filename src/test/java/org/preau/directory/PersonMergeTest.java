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
 * Two records of one person merged: no row of any module still names the removed record, and
 * what it held (messages, notifications, ticks, settings, the account) belongs to the kept one.
 */
@PreauSpringTest
class PersonMergeTest {

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
    void aRecordMergedIntoAnotherLeavesNoTraceAndEverythingMovesToTheKeptOne() throws Exception {
        UUID lucas = activity().personOf("lucas.durand");
        activity().touchEveryModule("lucas.durand");
        jdbc.sql("update directory.persons set birth_date = date '2015-03-02' where id = :id").param("id", lucas).update();
        var fromRegister = new SyncModel.SyncPerson("CSV-LUCAS", Profile.STUDENT, false, "Lucas", "DURAND",
                java.time.LocalDate.of(2015, 3, 2), null, null, java.util.List.of("uai:0930002B"),
                java.util.List.of(new SyncModel.ClassKey("uai:0930002B", "6A")), java.util.List.of(), java.util.List.of(),
                java.util.Set.of(), java.util.List.of());
        sync.apply(new SyncModel.SyncBatch("CSV", false, java.util.Set.of(), java.util.List.of(new SyncModel.SyncStructure(
                "uai:0930002B", "0930002B", "Collège Victor Hugo", StructureType.COLLEGE)), java.util.List.of(),
                java.util.List.of(), java.util.List.of(fromRegister), java.util.List.of()));
        UUID copy = jdbc.sql("select id from directory.persons where external_id = 'CSV-LUCAS'").query(UUID.class).single();
        UUID college = jdbc.sql("select id from directory.structures where uai = '0930002B'").query(UUID.class).single();
        String pair = lucas.toString().compareTo(copy.toString()) < 0 ? lucas + "," + copy : copy + "," + lucas;

        mvc.perform(post("/admin/structures/" + college + "/duplicates").cookie(DemoAccounts.login(mvc, "anne.bernard"))
                .with(csrf()).param("keep", copy.toString()).param("pair", pair)).andExpect(status().is3xxRedirection());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(PersonTraces.of(jdbc, lucas, null)).isEmpty());
        Map<String, Long> kept = PersonTraces.of(jdbc, copy, null);
        assertThat(kept).containsKeys("messaging.entries.person_id", "timeline.entries.person_id", "diary.done.pupil_id",
                "identity.accounts.person_id", "timeline.person_quiet_hours.person_id");
        DemoAccounts.login(mvc, "lucas.durand");
    }
}
