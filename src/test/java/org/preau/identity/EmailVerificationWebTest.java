package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.preau.identity.RecoveryMails.received;
import static org.preau.identity.RecoveryMails.token;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * A new address on "Mon compte" or at activation gets a link, in the person's language; the
 * link, opened even logged out, verifies the address once, for seven days, and only while it
 * is still the person's address.
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
class EmailVerificationWebTest {

    static final String SUBJECT = "Vérifiez votre adresse électronique";
    static final String INVALID = "Ce lien de vérification n&#39;est pas valide";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerifiedEmails verified;
    @Autowired
    ActivationCodes codes;
    @Autowired
    MovableClock clock;

    private void saveEmail(Cookie session, String email) throws Exception {
        mvc.perform(post("/account/contact").cookie(session).with(csrf()).param("email", email).param("mobile", ""))
                .andExpect(redirectedUrl("/account?saved"));
    }

    private String account(Cookie session) throws Exception {
        return mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aTeacherVerifiesTheAddressSavedOnMonCompteFromTheMail() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        assertThat(account(paul)).doesNotContain("email-status");
        saveEmail(paul, "paul.martin@example.org");
        assertThat(account(paul)).contains("Adresse non vérifiée", "Renvoyer le lien de vérification");
        var mail = received("paul.martin@example.org", SUBJECT, 1);
        assertThat(RecoveryMails.html(mail)).contains("pendant 7 jours");
        String token = token(mail, "/email/verify");

        mvc.perform(get("/email/verify").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("votre adresse électronique est vérifiée")));
        assertThat(verified.of(RecoveryMails.person(jdbc, "paul.martin"))).contains("paul.martin@example.org");
        assertThat(account(paul)).contains("Adresse vérifiée.").doesNotContain("Renvoyer le lien");
        assertThat(jdbc.sql("select count(*) from identity.audit_events where type = 'EMAIL_VERIFIED' and person_id = :p")
                .param("p", RecoveryMails.person(jdbc, "paul.martin").value()).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/email/verify").param("token", token)).andExpect(content().string(containsString(INVALID)));
        saveEmail(paul, "paul.martin@example.org");
        assertThat(account(paul)).as("saving the same address keeps it verified").contains("Adresse vérifiée.");
        saveEmail(paul, "p.martin@example.org");
        assertThat(account(paul)).as("a new address must be proved").contains("Adresse non vérifiée");
    }

    @Test
    void aParentActivatingInEnglishGetsTheLinkInEnglish() throws Exception {
        var parent = jdbc.sql("""
                select a.person_id, a.login from identity.accounts a
                join directory.person_profiles pp on pp.person_id = a.person_id and pp.profile = 'RELATIVE'
                where a.password_hash is null order by a.login limit 1""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        var person = new org.preau.platform.PersonId(java.util.UUID.fromString(parent.get(0)));
        String code = codes.issue(List.of(person)).getFirst().code();
        var session = mvc.perform(post("/activate").with(csrf()).header("Accept-Language", "en")
                        .param("login", parent.get(1)).param("code", code))
                .andExpect(redirectedUrl("/activate/password")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/activate/password").cookie(session).with(csrf()).header("Accept-Language", "en")
                        .param("password", "A quiet morning in April").param("confirmation", "A quiet morning in April")
                        .param("charter", "true").param("email", "parent.en@example.org").param("mobile", ""))
                .andExpect(redirectedUrl("/login?activated"));
        var mail = received("parent.en@example.org", "Verify your email address", 1);
        mvc.perform(get("/email/verify").header("Accept-Language", "en").param("token", token(mail, "/email/verify")))
                .andExpect(content().string(containsString("your email address is verified")));
        assertThat(verified.of(person)).contains("parent.en@example.org");
    }

    @Test
    void aLinkIsRefusedOnceExpiredReplacedOrWhenTheAddressChanged() throws Exception {
        var claire = DemoAccounts.login(mvc, "claire.leroy");
        saveEmail(claire, "claire.one@example.org");
        String expired = token(received("claire.one@example.org", SUBJECT, 1), "/email/verify");
        clock.advance(Duration.ofDays(8));
        try {
            mvc.perform(get("/email/verify").param("token", expired)).andExpect(content().string(containsString(INVALID)));
        } finally {
            clock.advance(Duration.ofDays(-8));
        }

        mvc.perform(post("/account/email/verify").cookie(claire).with(csrf()))
                .andExpect(redirectedUrl("/account?verificationSent"));
        String resent = token(received("claire.one@example.org", SUBJECT, 2), "/email/verify");
        mvc.perform(post("/account/email/verify").cookie(claire).with(csrf()))
                .andExpect(redirectedUrl("/account?verificationSent"));
        String newest = token(received("claire.one@example.org", SUBJECT, 3), "/email/verify");
        mvc.perform(get("/email/verify").param("token", resent)).andExpect(content().string(containsString(INVALID)));

        saveEmail(claire, "claire.two@example.org");
        received("claire.two@example.org", SUBJECT, 1);
        mvc.perform(get("/email/verify").param("token", newest)).andExpect(content().string(containsString(INVALID)));
        assertThat(verified.of(RecoveryMails.person(jdbc, "claire.leroy"))).isEmpty();

        for (String forged : new String[] { "", "abc", "B".repeat(43), "x".repeat(3000) }) {
            mvc.perform(get("/email/verify").param("token", forged)).andExpect(content().string(containsString(INVALID)));
        }
    }

    @Test
    void anInvalidOrInjectedAddressIsRefusedAndNothingIsSent() throws Exception {
        var marc = DemoAccounts.login(mvc, "marc.petit");
        int before = jdbc.sql("select count(*) from platform.outbound_mail").query(Integer.class).single();
        for (String bad : new String[] { "marc@example.org\r\nBcc: evil@example.org", "marc@example.org,evil@example.org",
                "not an address" }) {
            mvc.perform(post("/account/contact").cookie(marc).with(csrf()).param("email", bad).param("mobile", ""))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("email-error")));
        }
        mvc.perform(post("/account/email/verify").cookie(marc).with(csrf()))
                .andExpect(redirectedUrl("/account?verificationNotSent"));
        await().during(Duration.ofMillis(500)).until(() -> jdbc.sql("select count(*) from platform.outbound_mail")
                .query(Integer.class).single() == before);
        mvc.perform(get("/account").cookie(marc).param("verificationNotSent", ""))
                .andExpect(content().string(containsString("Aucun lien n&#39;a été envoyé")))
                .andExpect(content().string(not(containsString("Renvoyer"))));
    }
}
