package org.preau.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.preau.platform.PeopleTime;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Mes données" over the web: the zip holds every module's part and no secret, and only the
 * person, their legal guardians and the admins who may act on them get it (404 for anyone else).
 */
@PreauSpringTest
class PersonalDataExportWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    private UUID id(String login) {
        return jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login).query(UUID.class)
                .single();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> entries) {
        var all = new StringBuilder();
        entries.forEach((name, bytes) -> all.append(name).append('\n').append(new String(bytes, StandardCharsets.UTF_8)));
        return all.toString();
    }

    @Test
    void aPupilsZipHoldsEveryModulesPartTheAttachmentsAsFilesAndNoSecret() throws Exception {
        UUID lucas = id("lucas.durand");
        byte[] pdf = "%PDF-1.4 consignes de la sortie".getBytes(StandardCharsets.UTF_8);
        Cookie paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(multipart("/messages/compose")
                        .file(new MockMultipartFile("files", "consignes.pdf", "application/pdf", pdf))
                        .param("action", "send").param("to", lucas.toString()).param("subject", "Sortie au musée")
                        .param("body", "Voici les consignes.").cookie(paul).with(csrf()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from messaging.entries e join messaging.messages m on m.id = e.message_id
                where e.person_id = :p and not e.own and m.subject = 'Sortie au musée'""")
                .param("p", lucas).query(Integer.class).single() == 1);
        // secrets that must never leave: the password hash, an authenticator secret, recovery codes, a token's hash
        byte[] secret = "JBSWY3DPEHPK3PXPsecret!".getBytes(StandardCharsets.UTF_8);
        // an enrolment not confirmed yet: the secret is stored, the login stays in one step for the other tests
        jdbc.sql("insert into identity.mfa_totp (person_id, secret, created_at) values (:p, :s, :t)")
                .param("p", lucas).param("s", secret).param("t", Timestamp.from(clock.instant())).update();
        jdbc.sql("insert into identity.mfa_recovery_codes (person_id, code_hash) values (:p, 'recovery-hash-4f2a9c')")
                .param("p", lucas).update();
        jdbc.sql("""
                insert into identity.access_tokens (id, person_id, name, token_hash, created_at, expires_at, scopes)
                values (:id, :p, 'Script de sauvegarde', 'token-hash-7d1e0b', :t, :t, '{READ}')""")
                .param("id", UUID.randomUUID()).param("p", lucas).param("t", Timestamp.from(clock.instant())).update();
        // a homework of his class he ticked "done"
        UUID homework = jdbc.sql("""
                select h.id from diary.homework h join directory.classes c on c.id = h.class_id
                where c.name = '6A' and h.publish_at <= :now order by h.due limit 1""")
                .param("now", Timestamp.from(clock.instant())).query(UUID.class).single();
        jdbc.sql("insert into diary.done (homework_id, pupil_id, done_at) values (:h, :p, :t)")
                .param("h", homework).param("p", lucas).param("t", Timestamp.from(clock.instant())).update();
        // as an AAF import left him: his entry in the register, kept by the imports
        jdbc.sql("update directory.persons set external_id = 'export-test-lucas' where id = :p").param("p", lucas).update();
        jdbc.sql("""
                insert into feeding.register_entries (external_id, kind, attributes, updated_at)
                values ('export-test-lucas', 'STUDENT', '{"ENTPersonNomPatro": ["DURAND"]}', :t)""")
                .param("t", Timestamp.from(clock.instant())).update();
        String passwordHash = jdbc.sql("select password_hash from identity.accounts where person_id = :p")
                .param("p", lucas).query(String.class).single();

        var result = mvc.perform(get("/api/v1/me/export").cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", containsString(
                        "mes-donnees-lucas.durand-" + LocalDate.ofInstant(clock.instant(), PeopleTime.ZONE) + ".zip")))
                .andReturn();
        var entries = unzip(result.getResponse().getContentAsByteArray());

        assertThat(entries).containsKeys("README.txt", "directory/identity.json", "directory/memberships.json",
                "directory/family.json", "identity/account.json", "identity/second-factor.json",
                "identity/access-tokens.json", "messaging/messages.json", "diary/homework.json", "diary/done.json",
                "timeline/notifications.json", "portal/home-layout.json", "access/shared-with-me.json");
        assertThat(entries).doesNotContainKey("errors.json");
        for (var entry : entries.entrySet()) {
            if (entry.getKey().endsWith(".json")) {
                assertThat(json.readTree(entry.getValue())).as(entry.getKey()).isNotNull();
            }
        }
        JsonNode messages = json.readTree(entries.get("messaging/messages.json"));
        JsonNode received = null;
        for (JsonNode m : messages) {
            if ("Sortie au musée".equals(m.get("subject").asString()) && !m.get("mine").asBoolean()) {
                received = m;
            }
        }
        assertThat(received).isNotNull();
        assertThat(received.get("sender").asString()).isEqualTo("Paul Martin");
        assertThat(received.get("box").asString()).isEqualTo("INBOX");
        assertThat(received.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        String file = received.get("attachments").get(0).get("file").asString();
        assertThat(entries.get("messaging/" + file)).isEqualTo(pdf);
        assertThat(file).endsWith("/consignes.pdf");

        assertThat(json.readTree(entries.get("feeding/register-entry.json")).get("attributes")
                .get("ENTPersonNomPatro").get(0).asString()).isEqualTo("DURAND");
        JsonNode doneHomework = null;
        for (JsonNode h : json.readTree(entries.get("diary/homework.json"))) {
            if (h.get("id").asString().equals(homework.toString())) {
                doneHomework = h;
            }
        }
        assertThat(doneHomework).isNotNull();
        assertThat(doneHomework.get("doneAt").isNull()).isFalse();
        JsonNode account = json.readTree(entries.get("identity/account.json"));
        assertThat(account.get("login").asString()).isEqualTo("lucas.durand");
        assertThat(json.readTree(entries.get("identity/second-factor.json")).get("recoveryCodesLeft").asInt()).isEqualTo(1);
        String all = text(entries);
        assertThat(all).contains("Script de sauvegarde").contains("Lucas").contains("Sophie Durand");
        assertThat(all).doesNotContain(passwordHash).doesNotContain("recovery-hash-4f2a9c")
                .doesNotContain("token-hash-7d1e0b").doesNotContain("JBSWY3DPEHPK3PXP")
                .doesNotContain(HexFormat.of().formatHex(secret)).doesNotContain("$argon2").doesNotContain("$2a$");
        assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8))
                .contains("Préau – Mes données").contains("messaging/").contains("La messagerie");
    }

    @Test
    void aParentGetsTheirChildrensDataOnlyAndTheDownloadIsAudited() throws Exception {
        Cookie sophie = DemoAccounts.login(mvc, "sophie.durand");
        UUID lucas = id("lucas.durand");
        var zip = mvc.perform(get("/api/v1/me/export").param("person", lucas.toString()).cookie(sophie))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("mes-donnees-lucas.durand-")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(json.readTree(unzip(zip).get("directory/identity.json")).get("id").asString())
                .isEqualTo(lucas.toString());
        assertThat(jdbc.sql("""
                select count(*) from identity.audit_events where type = 'DATA_EXPORTED' and person_id = :p and actor_id = :a""")
                .param("p", lucas).param("a", id("sophie.durand")).query(Integer.class).single()).isEqualTo(1);

        UUID classmate = jdbc.sql("""
                select m.person_id from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.persons p on p.id = m.person_id
                where c.name = '6A' and p.last_name <> 'Durand' order by p.display_name limit 1""")
                .query(UUID.class).single();
        mvc.perform(get("/api/v1/me/export").param("person", classmate.toString()).cookie(sophie))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/export").param("person", "not-an-id").cookie(sophie))
                .andExpect(status().isNotFound());
        // her own data, without a parameter or with her own id
        mvc.perform(get("/api/v1/me/export").cookie(sophie)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("mes-donnees-sophie.durand-")));
        // a teacher is no guardian
        mvc.perform(get("/api/v1/me/export").param("person", lucas.toString())
                .cookie(DemoAccounts.login(mvc, "paul.martin"))).andExpect(status().isNotFound());
    }

    @Test
    void aTeachersZipHoldsTheSessionsAndHomeworkTheyWrote() throws Exception {
        var entries = unzip(mvc.perform(get("/api/v1/me/export").cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        JsonNode written = json.readTree(entries.get("diary/written.json"));
        assertThat(written.size()).isPositive();
        for (JsonNode entry : written) {
            assertThat(entry.get("kind").asString()).isIn("SESSION", "HOMEWORK");
        }
        assertThat(json.readTree(entries.get("directory/memberships.json")).get("teachings").size()).isPositive();
    }

    @Test
    void aLocalAdminGetsThePeopleOfTheirSchoolOnly() throws Exception {
        Cookie marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(get("/api/v1/me/export").param("person", id("emma.durand").toString()).cookie(marc))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/export").param("person", id("lucas.durand").toString()).cookie(marc))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/persons/" + id("emma.durand")).cookie(marc))
                .andExpect(content().string(containsString("/api/v1/me/export?person=" + id("emma.durand"))));
        mvc.perform(get("/admin/persons/" + id("emma.durand")).cookie(DemoAccounts.login(mvc, "anne.bernard")))
                .andExpect(content().string(not(containsString("/api/v1/me/export"))));
    }

    @Test
    void thePageOffersADownloadPerChildToAParentAndIsLinkedFromMyAccount() throws Exception {
        Cookie sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/account").cookie(sophie)).andExpect(content().string(containsString("href=\"/account/data\"")));
        mvc.perform(get("/account/data").cookie(sophie)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/me/export?person=" + id("lucas.durand"))))
                .andExpect(content().string(containsString("/api/v1/me/export?person=" + id("emma.durand"))))
                .andExpect(content().string(containsString("enfant Lucas Durand")));
        mvc.perform(get("/account/data").cookie(DemoAccounts.login(mvc, "lucas.durand")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/api/v1/me/export?person="))));
    }
}
