package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.preau.identity.RecoveryMails.queued;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Identifiant oublié": the logins of every account whose verified address was typed go to
 * that address in one mail; any other address gets the same answer and no mail.
 */
@PreauSpringTest
class LoginReminderWebTest {

    static final String SUBJECT = "Votre identifiant Préau";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerifiedEmails verified;

    private void ask(String email) throws Exception {
        mvc.perform(post("/login/forgot-login").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/login/forgot-login?sent"));
    }

    @Test
    void aFamilyAddressReceivesTheLoginsOfTheParentAndTheChildren() throws Exception {
        for (String login : new String[] { "sophie.durand", "lucas.durand", "emma.durand" }) {
            RecoveryMails.verifiedAddress(jdbc, verified, login, "famille.durand@example.org");
        }
        mvc.perform(get("/login/forgot-login")).andExpect(content().string(containsString("Identifiant oublié")));
        ask("  Famille.DURAND@example.org ");
        mvc.perform(get("/login/forgot-login").param("sent", "")).andExpect(content().string(containsString(
                "Si des comptes ont cette adresse électronique vérifiée, leurs identifiants viennent d&#39;y être envoyés")));
        var mail = RecoveryMails.received("famille.durand@example.org", SUBJECT, 1);
        assertThat(RecoveryMails.html(mail)).contains("Voici les identifiants Préau liés à cette adresse",
                "sophie.durand", "lucas.durand", "emma.durand", "/login\"");
        assertThat(queued(jdbc, "famille.durand@example.org")).as("one mail for the family").isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from identity.audit_events e join identity.accounts a on a.person_id = e.person_id
                where e.type = 'LOGIN_REMINDER_SENT' and a.login like '%.durand'""")
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void unknownUnverifiedOrForgedAddressesGetTheSameAnswerAndNoMail() throws Exception {
        RecoveryMails.verifiedAddress(jdbc, verified, "paul.martin", "paul.martin@example.org");
        jdbc.sql("update directory.persons set email = 'claire.unverified@example.org' where id = :p")
                .param("p", RecoveryMails.person(jdbc, "claire.leroy").value()).update();
        int before = jdbc.sql("select count(*) from platform.outbound_mail").query(Integer.class).single();
        for (String typed : new String[] { "nobody@example.org", "claire.unverified@example.org", "paul.martin",
                "paul.martin@example.org\r\nBcc: evil@example.org", "paul.martin@example.org\nBcc:evil@example.org",
                "evil@example.org, paul.martin@example.org", "%", "_@example.org", "", "x@" + "y".repeat(5000) }) {
            ask(typed);
        }
        assertThat(jdbc.sql("select count(*) from platform.outbound_mail").query(Integer.class).single())
                .isEqualTo(before);
        assertThat(queued(jdbc, "evil@example.org")).isZero();
    }

    @Test
    void anAddressGetsThreeRemindersAnHourAtMost() throws Exception {
        RecoveryMails.verifiedAddress(jdbc, verified, "marc.petit", "marc.petit@example.org");
        for (int i = 0; i < 5; i++) {
            ask("marc.petit@example.org");
        }
        assertThat(queued(jdbc, "marc.petit@example.org")).isEqualTo(3);
    }

    @Test
    void anAddressThatIsNoLongerThePersonsNamesNobody() throws Exception {
        var anne = RecoveryMails.verifiedAddress(jdbc, verified, "anne.bernard", "anne.old@example.org");
        jdbc.sql("update directory.persons set email = 'anne.new@example.org' where id = :p").param("p", anne.value())
                .update();
        ask("anne.old@example.org");
        ask("anne.new@example.org");
        assertThat(queued(jdbc, "anne.old@example.org") + queued(jdbc, "anne.new@example.org")).isZero();
    }
}
