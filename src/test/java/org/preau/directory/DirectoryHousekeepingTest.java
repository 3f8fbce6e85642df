package org.preau.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.preau.directory.SyncModel.ClassKey;
import org.preau.directory.SyncModel.SyncBatch;
import org.preau.directory.SyncModel.SyncPerson;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/** People who left the register are blocked, then deleted with their account. */
@PreauSpringTest
class DirectoryHousekeepingTest {

    @Autowired
    DirectorySync sync;

    @Autowired
    DirectoryHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.preau.identity.Accounts accounts;

    private static SyncBatch full(SyncPerson... persons) {
        return new SyncBatch("HK", true, Set.of(), List.of(new SyncStructure("HK1", "0935555H", "Collège HK",
                StructureType.COLLEGE)), List.of(), List.of(), List.of(persons), List.of());
    }

    private static SyncPerson pupil(String id) {
        return new SyncPerson(id, Profile.STUDENT, false, "Élève", id, LocalDate.of(2012, 1, 1), null, null,
                List.of("HK1"), List.of(new ClassKey("HK1", "4A")), List.of(), List.of(), Set.of());
    }

    @Test
    void detachedPeopleAreBlockedThenDeletedWithTheirAccounts() {
        var created = sync.apply(full(pupil("HK-A"), pupil("HK-B"))).created();
        accounts.openGenerated(created.stream()
                .map(c -> new org.preau.identity.Accounts.NewAccount(c.id(), c.firstName(), c.lastName())).toList());
        sync.apply(full(pupil("HK-A")));
        assertThat(state("HK-B")).isEqualTo("DETACHED");

        jdbc.sql("update directory.persons set detached_at = now() - interval '8 days' where external_id = 'HK-B'").update();
        housekeeping.run();
        assertThat(state("HK-B")).isEqualTo("BLOCKED");
        assertThat(state("HK-A")).isEqualTo("ACTIVE");

        jdbc.sql("update directory.persons set delete_after = now() - interval '1 minute' where external_id = 'HK-B'").update();
        var hkB = created.stream().filter(c -> c.lastName().equals("HK-B")).findFirst().orElseThrow().id();
        housekeeping.run();
        assertThat(jdbc.sql("select count(*) from directory.persons where external_id = 'HK-B'").query(Long.class).single())
                .isZero();
        await().untilAsserted(() -> assertThat(accounts.loginOf(hkB)).isEmpty());
        assertThat(jdbc.sql("select count(*) from directory.persons where external_id = 'HK-A'").query(Long.class).single())
                .isOne();
    }

    private String state(String externalId) {
        return jdbc.sql("select state from directory.persons where external_id = :id").param("id", externalId)
                .query(String.class).single();
    }
}
