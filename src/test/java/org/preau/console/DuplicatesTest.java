package org.preau.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.directory.DirectorySync;
import org.preau.directory.Profile;
import org.preau.directory.SyncModel.ClassKey;
import org.preau.directory.SyncModel.SyncBatch;
import org.preau.directory.SyncModel.SyncPerson;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.directory.StructureType;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;

/** The same pupil fed by a register and typed in by hand is found and merged into one record. */
@PreauSpringTest
class DuplicatesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectorySync sync;

    @Test
    void duplicatePupilIsDetectedAndMergedKeepingTheRegisterId() throws Exception {
        String lucas = jdbc.sql("select person_id from identity.accounts where login = 'lucas.durand'")
                .query(UUID.class).single().toString();
        jdbc.sql("update directory.persons set birth_date = date '2015-03-02' where id = cast(:id as uuid)")
                .param("id", lucas).update();
        var fromRegister = new SyncPerson("CSV-LUCAS", Profile.STUDENT, false, "Lucas", "DURAND", LocalDate.of(2015, 3, 2),
                null, null, List.of("uai:0930002B"), List.of(new ClassKey("uai:0930002B", "6A")), List.of(), List.of(), Set.of(),
                List.of(new org.preau.directory.SyncModel.GroupKey("uai:0930002B", "LATIN 6", null)));
        sync.apply(new SyncBatch("CSV", false, Set.of(), List.of(new SyncStructure("uai:0930002B", "0930002B",
                "Collège Victor Hugo", StructureType.COLLEGE)), List.of(), List.of(), List.of(fromRegister), List.of()));
        String copy = jdbc.sql("select id from directory.persons where external_id = 'CSV-LUCAS'").query(UUID.class)
                .single().toString();
        String college = jdbc.sql("select id from directory.structures where uai = '0930002B'").query(UUID.class)
                .single().toString();
        UUID latin = jdbc.sql("select id from directory.groups where external_id = 'LATIN 6'").query(UUID.class).single();
        jdbc.sql("""
                insert into directory.group_teachings
                select cast(:p as uuid), :g, id from directory.subjects where structure_id = cast(:s as uuid) limit 1""")
                .param("p", copy).param("g", latin).param("s", college).update();

        var admin = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/structures/" + college + "/duplicates").cookie(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("CSV-LUCAS")));
        String pair = lucas.compareTo(copy) < 0 ? lucas + "," + copy : copy + "," + lucas;
        // the record that would go also belongs to the école: not for the collège's admin to remove
        UUID ecole = jdbc.sql("select id from directory.structures where uai = '0930001A'").query(UUID.class).single();
        jdbc.sql("insert into directory.person_profiles values (cast(:p as uuid), :s, 'STUDENT')")
                .param("p", lucas).param("s", ecole).update();
        mvc.perform(post("/admin/structures/" + college + "/duplicates").cookie(admin).with(csrf())
                .param("keep", copy).param("pair", pair)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from directory.persons where id = cast(:id as uuid)").param("id", lucas)
                .query(Long.class).single()).isOne();
        jdbc.sql("delete from directory.person_profiles where person_id = cast(:p as uuid) and structure_id = :s")
                .param("p", lucas).param("s", ecole).update();
        mvc.perform(post("/admin/structures/" + college + "/duplicates").cookie(admin).with(csrf())
                        .param("keep", lucas).param("pair", pair))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/duplicates?merged"));

        assertThat(jdbc.sql("select count(*) from directory.persons where id = cast(:id as uuid)").param("id", copy)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select external_id from directory.persons where id = cast(:id as uuid)").param("id", lucas)
                .query(String.class).single()).isEqualTo("CSV-LUCAS");
        assertThat(jdbc.sql("""
                select (select count(*) from directory.group_members where person_id = cast(:id as uuid) and group_id = :g)
                     + (select count(*) from directory.group_teachings where person_id = cast(:id as uuid) and group_id = :g)""")
                .param("id", lucas).param("g", latin).query(Long.class).single())
                .as("the kept person has the group membership and teaching of the other").isEqualTo(2);
        assertThat(jdbc.sql("select external_id from directory.structures where uai = '0930002B'").query(String.class)
                .optional()).as("a CSV import never re-keys a structure").isEmpty();
        await().untilAsserted(() -> assertThat(jdbc.sql("select count(*) from identity.accounts where person_id = cast(:id as uuid)")
                .param("id", copy).query(Long.class).single()).isZero());
        DemoAccounts.login(mvc, "lucas.durand");
    }

    @Test
    void aPairThatIsNotADuplicateCannotBeMerged() throws Exception {
        String lucas = jdbc.sql("select person_id from identity.accounts where login = 'lucas.durand'").query(UUID.class).single().toString();
        String paul = jdbc.sql("select person_id from identity.accounts where login = 'paul.martin'").query(UUID.class).single().toString();
        String college = jdbc.sql("select id from directory.structures where uai = '0930002B'").query(UUID.class).single().toString();
        mvc.perform(post("/admin/structures/" + college + "/duplicates").cookie(DemoAccounts.login(mvc, "anne.bernard"))
                .with(csrf()).param("keep", lucas).param("pair", lucas + "," + paul)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from directory.persons where id = cast(:id as uuid)").param("id", paul)
                .query(Long.class).single()).isOne();
    }
}
