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
        assertThat(lines).contains(2).doesNotContain(3, 4);
        assertThat((List<String>) JsonPath.read(report, "$.rejected[*].message"))
                .anySatisfy(m -> assertThat(m).contains("Date invalide"));
        assertThat((List<String>) JsonPath.read(report, "$.warnings[*].message"))
                .anySatisfy(m -> assertThat(m).contains("2 fois à l’identique"));
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
    void conflictingDuplicatesAreRejectedEverywhereAndUnknownIdsCreateNothing() throws Exception {
        Cookie admin = DemoAccounts.login(mvc, "admin.region");
        String pupils = AafXml.file(AafXml.structure("S9", "0939998C", "CLG"),
                AafXml.pupil("addRequest", "D1", "DOUBLE", "Une", "S9$6 A", "R9$10$1$1$1$1"),
                AafXml.pupil("addRequest", "D2", "PAREIL", "Deux", "S9$6 A", "R9$10$1$1$1$1"),
                AafXml.pupil("addRequest", "D2", "PAREIL", "Deux", "S9$6 A", "R9$10$1$1$1$1"),
                AafXml.request("modifyRequest", "Eleve", "NOBODY1", "sn", "X"),
                AafXml.request("deleteRequest", "Eleve", "NOBODY2"));
        String others = AafXml.file(AafXml.pupil("addRequest", "D1", "DOUBLE", "Autre", "S9$6 B", "R9$10$1$1$1$1"),
                AafXml.relative("addRequest", "R9", "PARENT", "Neuf"));
        String id = start(admin, "aaf", List.of(text("ENT_Delta_20261001_Eleve_0000.xml", pupils),
                text("ENT_Delta_20261001_Eleve_0001.xml", others)));
        String report = awaitStatus(admin, id, "READY", "FAILED");
        List<String> rejected = JsonPath.read(report, "$.rejected[*].message");
        assertThat((List<String>) JsonPath.read(report, "$.rejected[?(@.message =~ /.*D1.*/)].file"))
                .containsExactlyInAnyOrder("ENT_Delta_20261001_Eleve_0000.xml", "ENT_Delta_20261001_Eleve_0001.xml");
        assertThat((List<Integer>) JsonPath.read(report, "$.rejected[?(@.message =~ /.*D1.*/)].line"))
                .allSatisfy(line -> assertThat(line).isPositive());
        assertThat(rejected).anySatisfy(m -> assertThat(m).contains("NOBODY1").contains("inconnu"))
                .anySatisfy(m -> assertThat(m).contains("NOBODY2").contains("inconnu"));
        assertThat((List<String>) JsonPath.read(report, "$.warnings[*].message"))
                .filteredOn(m -> m.contains("D2")).hasSize(1);

        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/admin/imports/" + id + "/report.csv").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.contains("D1"))).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("\"Rejet\";\"ENT_Delta_20261001_Eleve_0001.xml\";"));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/admin/imports/" + id).param("q", "NOBODY1").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Identifiant inconnu").contains("Identifiant en double, contenus différents")
                .containsPattern("<details[^>]*id=\"r-import-error-unknownId\"[^>]*open");
        mvc.perform(post("/admin/imports/" + id + "/apply").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/admin/imports/" + id + "/confirm"));
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/admin/imports/" + id + "/confirm").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("créer 2 comptes").contains("Aucun compte ne sera supprimé.");
        assertThat(count("select count(*) from directory.persons where external_id = 'D2'")).as("not yet").isZero();
        mvc.perform(post("/api/v1/imports/" + id + "/apply").cookie(admin).with(csrf())).andExpect(status().isAccepted());
        awaitStatus(admin, id, "APPLIED");
        assertThat(count("select count(*) from directory.persons where external_id = 'D1'")).as("neither applied").isZero();
        assertThat(count("select count(*) from directory.persons where external_id = 'D2'")).as("once").isEqualTo(1);
        assertThat(count("select count(*) from directory.persons where external_id like 'NOBODY%'")).isZero();
    }
}
