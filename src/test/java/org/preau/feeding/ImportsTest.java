package org.preau.feeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/** Imports through the JSON API, from upload to applied directory, with the real fixture files. */
@PreauSpringTest
class ImportsTest extends ImportTestSupport {

    /** Parents of complet-2013 linked to no pupil of the export (see the fixtures' README). */
    private static final int HELD = 8946;

    @Test
    void fullAafExportIsImportedThenAReimportChangesNothing() throws Exception {
        Cookie admin = DemoAccounts.login(mvc, "admin.region");
        String id = start(admin, "aaf", files(AAF.resolve("complet-2013")));
        String report = awaitStatus(admin, id, "READY", "FAILED");
        assertThat((String) JsonPath.read(report, "$.status")).isEqualTo("READY");
        assertThat((Integer) JsonPath.read(report, "$.counts.held")).as("parents of no pupil present").isEqualTo(HELD);
        assertThat((Integer) JsonPath.read(report, "$.counts.created")).isEqualTo(642 + 701 + 9975 - HELD);
        assertThat((List<?>) JsonPath.read(report, "$.rejected")).isEmpty();
        assertThat((List<String>) JsonPath.read(report, "$.warnings[*].message")).as("held: one count, not a line per file")
                .noneSatisfy(m -> assertThat(m).contains("ne sont liés à aucun élève"));
        assertThat(count("select count(*) from directory.persons where source = 'AAF'")).as("dry run").isZero();

        mvc.perform(post("/api/v1/imports/" + id + "/apply").cookie(admin).with(csrf())).andExpect(status().isAccepted());
        String applied = awaitStatus(admin, id, "APPLIED", "FAILED");
        assertThat((String) JsonPath.read(applied, "$.status")).isEqualTo("APPLIED");
        assertThat(count("select count(*) from directory.persons where source = 'AAF'")).isEqualTo(642 + 701 + 9975 - HELD);
        assertThat(count("select count(*) from directory.structures where source = 'AAF'")).isEqualTo(10);
        assertThat(count("""
                select count(*) from identity.accounts a join directory.persons p on p.id = a.person_id
                where p.source = 'AAF'""")).isEqualTo(642 + 701 + 9975 - HELD);
        assertThat(count("select count(distinct child_id) from directory.family_links f join directory.persons p on p.id = f.child_id where p.source = 'AAF'"))
                .isPositive();
        mvc.perform(post("/api/v1/imports/" + id + "/apply").cookie(admin).with(csrf()))
                .andExpect(status().isConflict());

        String again = start(admin, "aaf", files(AAF.resolve("complet-2013")));
        String second = awaitStatus(admin, again, "READY", "FAILED");
        assertThat((Integer) JsonPath.read(second, "$.counts.unchanged")).isEqualTo(642 + 701 + 9975 - HELD);
        assertThat((Integer) JsonPath.read(second, "$.counts.held")).isEqualTo(HELD);
        assertThat((Integer) JsonPath.read(second, "$.counts.created") + (Integer) JsonPath.read(second, "$.counts.updated")
                + (Integer) JsonPath.read(second, "$.counts.removed")).isZero();
    }

    @Test
    void ondePupilsAndParentsOfAnEcoleAreImportedByItsHead() throws Exception {
        Cookie head = DemoAccounts.login(mvc, "marc.petit");
        String pupils = start(head, "csv", List.of(file(ONDE.resolve("eleves.tiny.csv"))), "structure", "0930001A",
                "profile", "STUDENT");
        String report = awaitStatus(head, pupils, "READY", "FAILED");
        int created = JsonPath.read(report, "$.counts.created");
        assertThat(created).isPositive();
        mvc.perform(post("/api/v1/imports/" + pupils + "/apply").cookie(head).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(head, pupils, "APPLIED");
        assertThat(count("""
                select count(*) from directory.persons p join directory.person_profiles pp on pp.person_id = p.id
                join directory.structures s on s.id = pp.structure_id
                where p.source = 'CSV' and s.uai = '0930001A' and pp.profile = 'STUDENT'""")).isEqualTo(created);
        assertThat(count("select count(*) from directory.persons where first_name = 'Eléa'")).as("encoding repaired").isPositive();
        assertThat(count("select count(*) from directory.persons where first_name like '%Ã%' or last_name like '%Ã%'")).isZero();

        String parents = start(head, "csv", List.of(file(ONDE.resolve("responsables.tiny.csv"))), "structure", "0930001A",
                "profile", "RELATIVE");
        awaitStatus(head, parents, "READY");
        mvc.perform(post("/api/v1/imports/" + parents + "/apply").cookie(head).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(head, parents, "APPLIED");
        assertThat(count("""
                select count(*) from directory.family_links f join directory.persons c on c.id = f.child_id
                join directory.persons r on r.id = f.relative_id where c.source = 'CSV' and r.source = 'CSV'""")).isPositive();
    }

    @Test
    void ondeTeachersTeachTheirClass() throws Exception {
        Cookie head = DemoAccounts.login(mvc, "marc.petit");
        String teachers = start(head, "csv", List.of(file(ONDE.resolve("enseignants.tiny.csv"))), "structure", "0930001A",
                "profile", "TEACHER");
        awaitStatus(head, teachers, "READY");
        mvc.perform(post("/api/v1/imports/" + teachers + "/apply").cookie(head).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(head, teachers, "APPLIED");
        assertThat(jdbc.sql("""
                select c.name from directory.teachings t join directory.classes c on c.id = t.class_id
                join directory.structures s on s.id = c.structure_id join directory.persons p on p.id = t.person_id
                where s.uai = '0930001A' and p.last_name = 'Bailly' and p.source = 'CSV'""").query(String.class).list())
                .as("the class shows its teacher, who gets its book").containsExactly("TPS");
    }

    @Test
    void aFullCsvRemovesThePupilsAbsentFromIt() throws Exception {
        Cookie head = DemoAccounts.login(mvc, "admin.region");
        // other names than the école's tests use: ids of CSV pupils are derived from names and birth dates
        List<String> original = Files.readAllLines(ONDE.resolve("eleves.default.csv"));
        List<String> lines = java.util.stream.Stream.concat(Stream.of(original.getFirst()), original.stream().skip(1)
                .map(l -> l.replaceFirst("^\"([^\"]*)\"", "\"$1-COLLEGE\""))).toList();
        byte[] everyone = String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String all = start(head, "csv", List.of(new MockMultipartFile("files", "eleves.csv", "text/csv", everyone)),
                "structure", "0930002B",
                "profile", "STUDENT");
        awaitStatus(head, all, "READY");
        mvc.perform(post("/api/v1/imports/" + all + "/apply").cookie(head).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(head, all, "APPLIED");
        String activeCsvPupils = """
                select count(distinct p.id) from directory.persons p join directory.person_profiles pp on pp.person_id = p.id
                join directory.structures s on s.id = pp.structure_id
                where p.source = 'CSV' and s.uai = '0930002B' and pp.profile = 'STUDENT' and p.state = 'ACTIVE'""";
        assertThat(count(activeCsvPupils)).isGreaterThanOrEqualTo(247);

        byte[] four = String.join("\n", lines.subList(0, 5)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String few = start(head, "csv", List.of(new MockMultipartFile("files", "eleves.csv", "text/csv", four)),
                "structure", "0930002B", "profile", "STUDENT");
        String report = awaitStatus(head, few, "READY");
        assertThat((Integer) JsonPath.read(report, "$.counts.removed")).isGreaterThanOrEqualTo(243);
        assertThat(count(activeCsvPupils)).as("nothing before confirmation").isGreaterThanOrEqualTo(247);
        mvc.perform(post("/api/v1/imports/" + few + "/apply").cookie(head).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(head, few, "APPLIED");
        assertThat(count(activeCsvPupils)).isEqualTo(4);
        assertThat(count("""
                select count(distinct p.id) from directory.persons p join directory.person_profiles pp on pp.person_id = p.id
                join directory.structures s on s.id = pp.structure_id where s.uai = '0930002B' and p.source = 'CSV'
                and p.state = 'DETACHED' and p.delete_after is not null""")).as("pending deletion").isGreaterThanOrEqualTo(243);
    }

    @Test
    void importsFollowTheAdminsRights() throws Exception {
        Cookie head = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(multipart("/api/v1/imports").file(file(AAF.resolve("small/ENT_Complet_20200101_Eleve_0000.xml")))
                        .param("kind", "aaf").cookie(head).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("central")));
        mvc.perform(multipart("/api/v1/imports").file(file(ONDE.resolve("eleves.tiny.csv"))).param("kind", "csv")
                        .param("structure", "0930002B").param("profile", "STUDENT").cookie(head).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("0930002B")));
        mvc.perform(multipart("/api/v1/imports").file(file(ONDE.resolve("eleves.tiny.csv"))).param("kind", "csv")
                        .param("structure", "0930001A").param("profile", "STUDENT")
                        .cookie(DemoAccounts.login(mvc, "claire.leroy")).with(csrf()))
                .andExpect(status().isForbidden());
        String mine = start(head, "csv", List.of(file(ONDE.resolve("eleves.tiny.csv"))), "structure", "0930001A",
                "profile", "STUDENT");
        mvc.perform(get("/api/v1/imports/" + mine).cookie(DemoAccounts.login(mvc, "anne.bernard")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/" + mine).cookie(DemoAccounts.login(mvc, "admin.region")))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/imports").file(file(ONDE.resolve("eleves.tiny.csv"))).param("kind", "csv")
                .param("structure", "0930001A").param("profile", "STUDENT").cookie(head)).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/imports").file(file(ONDE.resolve("eleves.tiny.csv"))).param("kind", "xls")
                .cookie(head).with(csrf())).andExpect(status().isBadRequest());
    }
}
