package org.preau.feeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.feeding.aaf.AafXml;
import org.preau.support.DemoAccounts;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/** Every bad file gets a clear message in the report and leaves the directory as it was. */
@org.preau.support.PreauSpringTest
class ImportBadInputTest extends ImportTestSupport {

    private static MockMultipartFile text(String name, String content) {
        return new MockMultipartFile("files", name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    private long persons() {
        return count("select count(*) from directory.persons");
    }

    private String failedImport(Cookie admin, String kind, MockMultipartFile file, String... params) throws Exception {
        long before = persons();
        String id = start(admin, kind, List.of(file), params);
        String report = awaitStatus(admin, id, "FAILED", "READY");
        assertThat((String) JsonPath.read(report, "$.status")).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(report, "$.error")).contains("rien n'a été modifié");
        mvc.perform(post("/api/v1/imports/" + id + "/apply").cookie(admin).with(csrf())).andExpect(status().isConflict());
        assertThat(persons()).isEqualTo(before);
        return report;
    }

    @Test
    void malformedXmlIsRefusedWithItsLine() throws Exception {
        String report = failedImport(DemoAccounts.login(mvc, "admin.region"), "aaf",
                text("ENT_Complet_Eleve_0000.xml", AafXml.PROLOG + "<ficAlimMENESR>\n<addRequest>\n<identifier>\n"));
        assertThat((String) JsonPath.read(report, "$.rejected[0].message")).contains("mal formé");
        assertThat((Integer) JsonPath.read(report, "$.rejected[0].line")).isPositive();
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        var secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE ficAlimMENESR [<!ENTITY x SYSTEM \"file://" + secret + "\">]>\n"
                + "<ficAlimMENESR><addRequest><identifier><id>&x;</id></identifier></addRequest></ficAlimMENESR>\n";
        String report = failedImport(DemoAccounts.login(mvc, "admin.region"), "aaf", text("ENT_Eleve_0000.xml", xxe));
        assertThat(report).doesNotContain("TOP-SECRET-VALUE");
        assertThat((String) JsonPath.read(report, "$.rejected[0].message")).contains("DOCTYPE");
    }

    @Test
    void aFileOfTheWrongKindIsRefused() throws Exception {
        var png = new MockMultipartFile("files", "photo.png", "image/png",
                new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 });
        String report = failedImport(DemoAccounts.login(mvc, "admin.region"), "aaf", png);
        assertThat((String) JsonPath.read(report, "$.rejected[0].message")).contains("pas du type attendu");
        failedImport(DemoAccounts.login(mvc, "marc.petit"), "csv", png, "structure", "0930001A", "profile", "STUDENT");
    }

    @Test
    void aCsvWithoutItsRequiredColumnsIsRefusedNamingThem() throws Exception {
        String report = failedImport(DemoAccounts.login(mvc, "marc.petit"), "csv",
                text("eleves.csv", "Couleur;Taille\nbleu;12\n"), "structure", "0930001A", "profile", "STUDENT");
        assertThat((String) JsonPath.read(report, "$.rejected[0].message")).contains("Colonnes obligatoires absentes");
    }

    @Test
    void wrongDatesAndDuplicateRowsAreRejectedLineByLineAndTheRestIsKept() throws Exception {
        Cookie head = DemoAccounts.login(mvc, "marc.petit");
        String csv = """
                Nom;Prénom;Date de naissance;Classe
                MARTIN;Jeanne;2018-02-31;CP
                BLANC;Hugo;12/05/2018;CP
                BLANC;Hugo;12/05/2018;CP
                ROUX;Inès;;CE1
                """;
        String id = start(head, "csv", List.of(text("eleves.csv", csv)), "structure", "0930001A", "profile", "STUDENT");
        String report = awaitStatus(head, id, "READY", "FAILED");
        assertThat((String) JsonPath.read(report, "$.status")).isEqualTo("READY");
        List<Integer> lines = JsonPath.read(report, "$.rejected[*].line");
        assertThat(lines).contains(2, 4);
        assertThat((List<String>) JsonPath.read(report, "$.rejected[*].message"))
                .anySatisfy(m -> assertThat(m).contains("Date invalide"))
                .anySatisfy(m -> assertThat(m).contains("déjà présent"));
        assertThat((Integer) JsonPath.read(report, "$.counts.created")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aTwoHundredMegabyteFileIsRefusedBeforeAnythingIsStored() throws Exception {
        long imports = count("select count(*) from feeding.imports");
        byte[] huge = new byte[200 * 1024 * 1024];
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("files", "huge.xml", "text/xml", huge))
                        .param("kind", "aaf").cookie(DemoAccounts.login(mvc, "admin.region")).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail", containsString("100 Mo")));
        assertThat(count("select count(*) from feeding.imports")).isEqualTo(imports);
    }

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
        assertThat((List<String>) JsonPath.read(report, "$.warnings[*].message"))
                .anySatisfy(m -> assertThat(m).contains("NOBODY"));
        mvc.perform(post("/api/v1/imports/" + second + "/apply").cookie(admin).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(admin, second, "APPLIED");
        assertThat(classOf("P1")).isEqualTo("6 B");
        assertThat(count("""
                select count(*) from directory.family_links f join directory.persons c on c.id = f.child_id
                where c.external_id = 'P1'""")).isEqualTo(2);
        assertThat(jdbc.sql("select state from directory.persons where external_id = 'T1'").query(String.class).single())
                .isEqualTo("DETACHED");
    }

    private String classOf(String externalId) {
        return jdbc.sql("""
                select c.name from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.persons p on p.id = m.person_id where p.external_id = :id""")
                .param("id", externalId).query(String.class).single();
    }
}
