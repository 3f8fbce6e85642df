package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.preau.identity.RecoveryMails.queued;
import static org.preau.identity.RecoveryMails.received;
import static org.preau.identity.RecoveryMails.token;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "Mot de passe oublié" from the request to the new password, reading the real mail: the
 * answer never tells whether an account exists, a link works once, for 30 minutes, and only
 * the newest one; a new password ends every session and lifts the lock.
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
class PasswordResetWebTest {

    static final String NEW_PASSWORD = "Un tout nouveau printemps 2027";
    static final String SENT = "Si un compte correspond et qu&#39;il a une adresse électronique vérifiée";
    static final String RESET = "Choisir un nouveau mot de passe Préau";
    static final String CHANGED = "Votre mot de passe Préau a été changé";
    static final String INVALID = "Ce lien pour changer de mot de passe n&#39;est pas valide";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerifiedEmails verified;
    @Autowired
    MovableClock clock;

    private ResultActions ask(String identifier) throws Exception {
        return mvc.perform(post("/login/forgot").with(csrf()).param("identifier", identifier))
                .andExpect(redirectedUrl("/login/forgot?sent"));
    }

    private ResultActions choose(String token, String password, String confirmation) throws Exception {
        return mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("password", password)
                .param("confirmation", confirmation));
    }

    private String linkFor(String login, String email) throws Exception {
        int before = RecoveryMails.withSubject(email, RESET).size();
        ask(login);
        return token(received(email, RESET, before + 1), "/login/reset");
    }

    private void logsIn(String login, String password, String expectedTarget) throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", login).param("password", password))
                .andExpect(redirectedUrl(expectedTarget));
    }

    @Test
    void aParentResetsTheForgottenPasswordFromTheMailAndEveryOtherSessionEnds() throws Exception {
        PersonId sophie = RecoveryMails.verifiedAddress(jdbc, verified, "sophie.durand", "sophie.durand@example.org");
        var phone = DemoAccounts.login(mvc, "sophie.durand");
        var laptop = DemoAccounts.login(mvc, "sophie.durand");
        jdbc.sql("update identity.accounts set failed_attempts = 7, locked_until = now() + interval '1 hour' where person_id = :p")
                .param("p", sophie.value()).update();

        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/login/forgot\"")))
                .andExpect(content().string(containsString("href=\"/login/forgot-login\"")));
        mvc.perform(get("/login/forgot")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Identifiant ou adresse électronique")));
        ask("Sophie.Durand ");
        mvc.perform(get("/login/forgot").param("sent", "")).andExpect(content().string(containsString(SENT)));
        var mail = received("sophie.durand@example.org", RESET, 1);
        assertThat(RecoveryMails.html(mail)).contains("sophie.durand", "30 minutes");
        String token = token(mail, "/login/reset");

        mvc.perform(get("/login/reset").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pour le compte « sophie.durand »")))
                .andExpect(content().string(containsString("Au moins 12 caractères")));
        choose(token, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?reset"));
        mvc.perform(get("/login").param("reset", "")).andExpect(content().string(containsString(
                "Votre mot de passe a été changé et toutes vos sessions ont été fermées")));

        logsIn("sophie.durand", DemoAccounts.PASSWORD, "/login?error");
        logsIn("sophie.durand", NEW_PASSWORD, "/");
        mvc.perform(get("/").cookie(phone)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").cookie(laptop)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from identity.audit_events where type = 'PASSWORD_RESET' and person_id = :p")
                .param("p", sophie.value()).query(Integer.class).single()).isEqualTo(1);

        var confirmation = received("sophie.durand@example.org", CHANGED, 1);
        assertThat(RecoveryMails.html(confirmation)).contains("sophie.durand", "toutes ses sessions ont été fermées");

        mvc.perform(get("/login/reset").param("token", token)).andExpect(content().string(containsString(INVALID)));
        choose(token, "Encore une autre phrase 2028", "Encore une autre phrase 2028")
                .andExpect(content().string(containsString(INVALID)));
        logsIn("sophie.durand", NEW_PASSWORD, "/");
    }

    @Test
    void theAnswerIsTheSameWhenNoAccountMatchesAndNoMailLeaves() throws Exception {
        RecoveryMails.verifiedAddress(jdbc, verified, "paul.martin", "paul.martin@example.org");
        jdbc.sql("update directory.persons set email = 'lucas@example.org' where id = :p")
                .param("p", RecoveryMails.person(jdbc, "lucas.durand").value()).update();
        int before = jdbc.sql("select count(*) from platform.outbound_mail").query(Integer.class).single();
        for (String who : new String[] { "nobody.at.all", "nobody@example.org", "lucas.durand", "lucas@example.org",
                "", "x".repeat(5000), "paul.martin@example.org\r\nBcc: evil@example.org" }) {
            ask(who);
        }
        assertThat(jdbc.sql("select count(*) from platform.outbound_mail").query(Integer.class).single())
                .as("no account with a verified address was named").isEqualTo(before);
        ask("PAUL.MARTIN@example.org");
        assertThat(queued(jdbc, "paul.martin@example.org")).as("the verified address names the account").isEqualTo(1);
        mvc.perform(post("/login/forgot").param("identifier", "paul.martin")).andExpect(status().isForbidden());
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() throws Exception {
        RecoveryMails.verifiedAddress(jdbc, verified, "claire.leroy", "claire.leroy@example.org");
        String token = linkFor("claire.leroy", "claire.leroy@example.org");
        clock.advance(Duration.ofMinutes(31));
        try {
            mvc.perform(get("/login/reset").param("token", token)).andExpect(content().string(containsString(INVALID)))
                    .andExpect(content().string(containsString("href=\"/login/forgot\"")));
            choose(token, NEW_PASSWORD, NEW_PASSWORD).andExpect(content().string(containsString(INVALID)));
        } finally {
            clock.advance(Duration.ofMinutes(-31));
        }
        logsIn("claire.leroy", DemoAccounts.PASSWORD, "/");
    }

    @Test
    void forgedMalformedOrForeignTokensAreRefusedAlike() throws Exception {
        PersonId marc = RecoveryMails.verifiedAddress(jdbc, verified, "marc.petit", "marc.petit@example.org");
        for (String forged : new String[] { "", "abc", "A".repeat(43), "A".repeat(5000), "../../etc/passwd",
                "' or 1=1 --" }) {
            mvc.perform(get("/login/reset").param("token", forged)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(INVALID)));
            choose(forged, NEW_PASSWORD, NEW_PASSWORD).andExpect(content().string(containsString(INVALID)));
        }
        mvc.perform(get("/login/reset")).andExpect(content().string(containsString(INVALID)));

        // a verification link of the same person is no reset link
        jdbc.sql("update directory.persons set email = 'marc.new@example.org' where id = :p").param("p", marc.value()).update();
        var tokens = new MailTokens(jdbc, java.time.Clock.systemUTC());
        String verification = tokens.issue(marc, MailTokens.Purpose.VERIFY_EMAIL, "marc.new@example.org", Duration.ofDays(7));
        choose(verification, NEW_PASSWORD, NEW_PASSWORD).andExpect(content().string(containsString(INVALID)));
        logsIn("marc.petit", DemoAccounts.PASSWORD, "/");
    }

    @Test
    void aLinkChangesOnlyItsOwnAccountWhoeverUsesIt() throws Exception {
        RecoveryMails.verifiedAddress(jdbc, verified, "anne.bernard", "anne.bernard@example.org");
        String annesLink = linkFor("anne.bernard", "anne.bernard@example.org");
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(post("/login/reset").cookie(lucas).with(csrf()).param("token", annesLink)
                        .param("username", "lucas.durand").param("login", "lucas.durand")
                        .param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));
        logsIn("lucas.durand", DemoAccounts.PASSWORD, "/");
        logsIn("anne.bernard", NEW_PASSWORD, "/");
    }

    @Test
    void aNewerLinkReplacesTheOlderOneAndAFourthRequestInAnHourSendsNothing() throws Exception {
        RecoveryMails.verifiedAddress(jdbc, verified, "emma.durand", "emma.durand@example.org");
        String first = linkFor("emma.durand", "emma.durand@example.org");
        String second = linkFor("emma.durand", "emma.durand@example.org");
        mvc.perform(get("/login/reset").param("token", first)).andExpect(content().string(containsString(INVALID)));
        mvc.perform(get("/login/reset").param("token", second)).andExpect(content().string(not(containsString(INVALID))));

        ask("emma.durand");
        assertThat(queued(jdbc, "emma.durand@example.org")).isEqualTo(3);
        ask("emma.durand");
        ask("emma.durand@example.org");
        assertThat(queued(jdbc, "emma.durand@example.org")).as("three mails an hour at most").isEqualTo(3);
        clock.advance(Duration.ofMinutes(61));
        try {
            ask("emma.durand");
            assertThat(queued(jdbc, "emma.durand@example.org")).isEqualTo(4);
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    void aWeakCommonOverlongOrMismatchedPasswordIsExplainedAndTheLinkStillWorks() throws Exception {
        RecoveryMails.verifiedAddress(jdbc, verified, "admin.region", "admin.region@example.org");
        String token = linkFor("admin.region", "admin.region@example.org");
        choose(token, "azertyuiop123456", "azertyuiop123456").andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce mot de passe est trop courant")));
        choose(token, "p".repeat(100_000), "p".repeat(100_000)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Le mot de passe est trop long (72 octets au plus)")));
        choose(token, DemoAccounts.PASSWORD, DemoAccounts.PASSWORD)
                .andExpect(content().string(containsString("différent de vos 10 derniers")));
        choose(token, NEW_PASSWORD, NEW_PASSWORD + "!").andExpect(status().isOk())
                .andExpect(content().string(containsString("ne sont pas identiques")));
        logsIn("admin.region", DemoAccounts.PASSWORD, "/");
        choose(token, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?reset"));
        logsIn("admin.region", NEW_PASSWORD, "/");
    }
}
