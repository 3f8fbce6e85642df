package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.ContactDetails;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.support.FreshAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.preau.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * Codes by mail at the second step: sent to the verified address only, in the person's
 * language, read from the real mail; good once, for ten minutes, five tries, three mails a
 * quarter of an hour.
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
class MfaMailCodeTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    VerifiedEmails verifiedEmails;
    @Autowired
    MfaMailCodes mailCodes;

    MfaSteps steps;

    @BeforeEach
    void steps() {
        steps = new MfaSteps(mvc, clock);
        TestMailServer.clear();
    }

    /** A pupil with MFA and a verified address; returns their login. */
    private String pupilWithVerifiedAddress(String email) throws Exception {
        String login = FreshAccounts.pupil(jdbc, accounts, "0930002B");
        steps.enrol(login);
        PersonId person = person(login);
        directory.updateContact(person, new ContactDetails(email, null));
        verifiedEmails.verified(person, email);
        return login;
    }

    private PersonId person(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    /** The decoded HTML of a mail (its transfer encoding undone). */
    private static String text(jakarta.mail.internet.MimeMessage mail) throws Exception {
        return String.valueOf(mail.getContent());
    }

    /** The code mails sent to an address (a new-device alert may come too). */
    private static java.util.List<jakarta.mail.internet.MimeMessage> codeMails(String email) {
        return TestMailServer.mailsTo(email).stream().filter(m -> {
            try {
                return "Your Préau login code".equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private String askForCode(Cookie pending, String email, int mailsBefore) throws Exception {
        mvc.perform(post("/login/mfa/mail").cookie(pending).with(csrf()).header("Accept-Language", "en"))
                .andExpect(redirectedUrl("/login/mfa?sent"));
        await().atMost(Duration.ofSeconds(10)).until(() -> codeMails(email).size() == mailsBefore + 1);
        var mail = codeMails(email).get(mailsBefore);
        assertThat(mail.getSubject()).isEqualTo("Your Préau login code");
        var code = CODE.matcher(text(mail));
        assertThat(code.find()).as("the mail holds a six-digit code").isTrue();
        return code.group(1);
    }

    @Test
    void aCodeByMailWorksOnceInThePersonsLanguage() throws Exception {
        String email = "mail.code@example.org";
        String login = pupilWithVerifiedAddress(email);
        var pending = steps.pendingSession(login);
        mvc.perform(get("/login/mfa").cookie(pending)).andExpect(content().string(Matchers.containsString("id=\"mfa-mail\"")));
        String code = askForCode(pending, email, 0);
        assertThat(text(codeMails(email).getFirst())).contains("valid for 10 minutes");

        var done = steps.code(pending, code);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
        var again = steps.code(steps.pendingSession(login), code);
        assertThat(again.getResponse().getRedirectedUrl()).as("used once already").isNull();
    }

    @Test
    void aCodeByMailExpiresAfterTenMinutes() throws Exception {
        String email = "late.code@example.org";
        String login = pupilWithVerifiedAddress(email);
        var pending = steps.pendingSession(login);
        String code = askForCode(pending, email, 0);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(steps.code(pending, code).getResponse().getRedirectedUrl()).isNull();
    }

    @Test
    void threeMailsAQuarterOfAnHourAtMost() throws Exception {
        String email = "many.codes@example.org";
        String login = pupilWithVerifiedAddress(email);
        var pending = steps.pendingSession(login);
        for (int i = 0; i < 3; i++) {
            askForCode(pending, email, i);
        }
        mvc.perform(post("/login/mfa/mail").cookie(pending).with(csrf())).andExpect(redirectedUrl("/login/mfa?tooMany"));
        clock.advance(Duration.ofMinutes(16));
        String code = askForCode(pending, email, 3);
        assertThat(steps.code(pending, code).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aCodeByMailDiesAfterFiveWrongTriesAndOnlyTheLatestCounts() throws Exception {
        String email = "tries@example.org";
        String login = pupilWithVerifiedAddress(email);
        PersonId person = person(login);
        var pending = steps.pendingSession(login);
        String first = askForCode(pending, email, 0);
        String second = askForCode(pending, email, 1);
        assertThat(mailCodes.use(person, first)).as("replaced by a newer one").isEqualTo(first.equals(second));
        for (int i = 0; i < 5; i++) {
            assertThat(mailCodes.use(person, second.equals("000000") ? "111111" : "000000")).isFalse();
        }
        assertThat(mailCodes.use(person, second)).as("no tries left").isFalse();
    }

    @Test
    void withoutAVerifiedAddressNoCodeIsSent() throws Exception {
        String login = FreshAccounts.pupil(jdbc, accounts, "0930002B");
        steps.enrol(login);
        directory.updateContact(person(login), new ContactDetails("unverified@example.org", null));
        var pending = steps.pendingSession(login);
        mvc.perform(get("/login/mfa").cookie(pending))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"mfa-mail\""))));
        mvc.perform(post("/login/mfa/mail").cookie(pending).with(csrf())).andExpect(redirectedUrl("/login/mfa"));
        assertThat(jdbc.sql("select count(*) from platform.outbound_mail where recipient = 'unverified@example.org' and kind = 'mfa-code'")
                .query(Integer.class).single()).isZero();
    }
}
