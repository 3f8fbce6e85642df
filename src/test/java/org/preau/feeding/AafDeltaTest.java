package org.preau.feeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.feeding.aaf.AafXml;
import org.preau.support.DemoAccounts;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/**
 * AAF deltas: a delta changes only what it names (moves, new parents, deletions), warns about the
 * people it does not know, and applied twice changes nothing.
 */
@org.preau.support.PreauSpringTest
class AafDeltaTest extends ImportTestSupport {

    @Test
    void aDeltaMovesAPupilAddsAParentAndRemovesATeacherAndWarnsAboutUnknownPeople() throws Exception {
        Cookie admin = DemoAccounts.login(mvc, "admin.region");
        String full = AafXml.file(AafXml.structure("S1", "0939999D", "CLG"),
                AafXml.pupil("addRequest", "P1", "DELTA", "Zoé", "S1$6 A", "R1$10$1$1$1$1"),
                AafXml.relative("addRequest", "R1", "DELTA", "Mère"),
                AafXml.request("addRequest", "PersEducNat", "T1", "ENTPersonJointure", "T1", "sn", "PROF", "givenName",
                        "Ada", "ENTPersonStructRattach", "S1", "PersEducNatPresenceDevantEleves", "O",
                        "ENTAuxEnsClasses", "S1$6 A", "ENTPersonFonctions", "S1$ENS$ENSEIGNEMENT$L1300$MATHS"));
        String first = start(admin, "aaf", List.of(text("ENT_Complet_20260901_Eleve_0000.xml", full)));
        awaitStatus(admin, first, "READY");
        mvc.perform(post("/api/v1/imports/" + first + "/apply").cookie(admin).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(admin, first, "APPLIED");
        assertThat(classOf("P1")).isEqualTo("6 A");

        String delta = AafXml.file(AafXml.pupil("modifyRequest", "P1", "DELTA", "Zoé", "S1$6 B", "R1$10$1$1$1$1|R2$20$0$1$0$0"),
                AafXml.relative("addRequest", "R2", "DELTA", "Père"),
                AafXml.request("deleteRequest", "PersEducNat", "T1"),
                AafXml.request("deleteRequest", "Eleve", "NOBODY"));
        String second = start(admin, "aaf", List.of(text("ENT_Delta_20261001_Eleve_0000.xml", delta)));
        String report = awaitStatus(admin, second, "READY", "FAILED");
        assertThat((String) JsonPath.read(report, "$.status")).isEqualTo("READY");
        assertThat((Boolean) JsonPath.read(report, "$.full")).isFalse();
        assertThat((List<String>) JsonPath.read(report, "$.rejected[*].message"))
                .anySatisfy(m -> assertThat(m).contains("NOBODY").contains("inconnu"));
        mvc.perform(post("/api/v1/imports/" + second + "/apply").cookie(admin).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(admin, second, "APPLIED");
        assertThat(classOf("P1")).isEqualTo("6 B");
        assertThat(count("""
                select count(*) from directory.family_links f join directory.persons c on c.id = f.child_id
                where c.external_id = 'P1'""")).isEqualTo(2);
        assertThat(jdbc.sql("select state from directory.persons where external_id = 'T1'").query(String.class).single())
                .isEqualTo("DETACHED");
    }

    private static final java.nio.file.Path DELTA_2013 = java.nio.file.Path.of("src/test/resources/aaf/delta-2013");

    private List<MockMultipartFile> delta2013(String prefix) throws Exception {
        return files(DELTA_2013).stream().filter(f -> f.getOriginalFilename().startsWith(prefix)).toList();
    }

    private String applied(Cookie admin, List<MockMultipartFile> files) throws Exception {
        String id = start(admin, "aaf", files);
        String report = awaitStatus(admin, id, "READY", "FAILED");
        assertThat((String) JsonPath.read(report, "$.status")).as(report).isEqualTo("READY");
        mvc.perform(post("/api/v1/imports/" + id + "/apply").cookie(admin).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(admin, id, "APPLIED");
        return report;
    }

    private static int counted(String report, String what) {
        return JsonPath.read(report, "$.counts." + what);
    }

    @Test
    void aRealDeltaChangesOnlyTheAttributesItNamesAndTwiceIsANoOp() throws Exception {
        Cookie admin = DemoAccounts.login(mvc, "admin.region");
        String full = applied(admin, delta2013("ENT_Complet"));
        assertThat(counted(full, "created")).as("2 pupils, their 5 relatives, 1 teacher").isEqualTo(8);
        assertThat(counted(full, "held")).as("2 parents of no pupil").isEqualTo(2);
        assertThat(count("select count(*) from directory.persons where external_id in ('1986923', '2002782')"))
                .as("held: not in the directory").isZero();
        assertThat(classOf("2605692")).isEqualTo("RUS1TERM");
        // as after an upgrade: entries of imports applied before they were kept are read again from their files
        jdbc.sql("delete from feeding.register_entries").update();

        // the Eleve file comes before the PersRelEleve file that adds the new father it points to
        String delta = applied(admin, delta2013("ENT_Delta"));
        assertThat((List<?>) JsonPath.read(delta, "$.rejected")).as(delta).isEmpty();
        assertThat(counted(delta, "created")).as("new father, held parent now linked").isEqualTo(2);
        assertThat(counted(delta, "updated")).isEqualTo(2);
        assertThat(counted(delta, "removed")).isEqualTo(1);
        assertThat(classOf("2605692")).as("class move").isEqualTo("RUS2TERM");
        assertThat(jdbc.sql("select last_name || '/' || first_name || '/' || birth_date from directory.persons where external_id = '2605692'")
                .query(String.class).single()).as("attributes not named stay").isEqualTo("Long/Kù/1995-09-14");
        assertThat(parentsOf("2605692")).as("new father added, others kept")
                .containsExactlyInAnyOrder("2867253", "2867254", "2999001");
        assertThat(parentsOf("2605718")).containsExactlyInAnyOrder("2867421", "2933442", "2867591", "1986923");
        assertThat(jdbc.sql("select birth_date from directory.persons where external_id = '2605718'")
                .query(java.time.LocalDate.class).optional()).as("attribute cleared").isEmpty();
        assertThat(jdbc.sql("select state from directory.persons where external_id = '2397012'").query(String.class)
                .single()).as("teacher deleted").isEqualTo("DETACHED");
        assertThat(count("""
                select count(*) from identity.accounts a join directory.persons p on p.id = a.person_id
                where p.external_id = '1986923'""")).as("an account once a pupil names them").isEqualTo(1);

        String again = applied(admin, delta2013("ENT_Delta"));
        assertThat((List<?>) JsonPath.read(again, "$.rejected")).as(again).isEmpty();
        assertThat(counted(again, "created") + counted(again, "updated") + counted(again, "removed")).as(again).isZero();
    }

    private List<String> parentsOf(String externalId) {
        return jdbc.sql("""
                select r.external_id from directory.family_links f join directory.persons c on c.id = f.child_id
                join directory.persons r on r.id = f.relative_id where c.external_id = :id""")
                .param("id", externalId).query(String.class).list();
    }

    private String classOf(String externalId) {
        return jdbc.sql("""
                select c.name from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.persons p on p.id = m.person_id where p.external_id = :id""")
                .param("id", externalId).query(String.class).single();
    }
}
