package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.FreshAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MFA through the pages: enrolment from Mon compte, the second step at login (authenticator
 * code, replay, failures and the lock, recovery codes), what a login waiting for its second
 * factor may reach, where it goes afterwards, turning MFA off and an admin's reset.
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
class MfaWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    Accounts accounts;

    MfaSteps steps;

    @BeforeEach
    void steps() {
        steps = new MfaSteps(mvc, clock);
    }

    private long events(String type, String login) {
        return jdbc.sql("""
                select count(*) from identity.audit_events e join identity.accounts a on a.person_id = e.person_id
                where e.type = :t and a.login = :l""").param("t", type).param("l", login).query(Long.class).single();
    }

    private String personId(String login) {
        return jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(String.class).single();
    }

    @Test
    void afterEnrolmentTheLoginNeedsACodeAndNothingOpensBeforeIt() throws Exception {
        var enrolled = steps.enrol("lucas.durand");
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(events("MFA_ENABLED", "lucas.durand")).isOne();
        mvc.perform(get("/account/mfa").cookie(DemoAccounts.login(mvc, "sophie.durand")))
                .andExpect(content().string(containsString("La double authentification n&#39;est pas activée")));

        var pending = steps.pendingSession("lucas.durand");
        mvc.perform(get("/account").cookie(pending)).andExpect(redirectedUrl("/login/mfa"));
        mvc.perform(get("/").cookie(pending)).andExpect(redirectedUrl("/login/mfa"));
        mvc.perform(get("/api/v1/me").cookie(pending).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/login/mfa").cookie(pending))
                .andExpect(content().string(containsString("Deuxième étape de connexion")))
                .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")));

        clock.advance(Duration.ofSeconds(30));
        var done = steps.code(pending, steps.now(enrolled.secret()));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
        var session = done.getResponse().getCookie("SESSION");
        assertThat(session).as("a new session id after the second factor").isNotNull();
        assertThat(session.getValue()).isNotEqualTo(pending.getValue());
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(pending)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/mfa").cookie(session))
                .andExpect(content().string(containsString("Il vous reste 10 codes de secours.")));
        assertThat(events("MFA_SUCCESS", "lucas.durand")).isOne();
        // once through, the second step has nothing more to ask
        mvc.perform(get("/login/mfa").cookie(session)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aCodeAlreadyUsedIsRefusedAndTheNextOneWorks() throws Exception {
        var enrolled = steps.enrol("emma.durand");
        clock.advance(Duration.ofSeconds(30));
        String code = steps.now(enrolled.secret());
        assertThat(steps.code(steps.pendingSession("emma.durand"), code).getResponse().getRedirectedUrl()).isEqualTo("/");

        var again = steps.pendingSession("emma.durand");
        var replayed = steps.code(again, code);
        assertThat(replayed.getResponse().getRedirectedUrl()).isNull();
        assertThat(replayed.getResponse().getContentAsString()).contains("n&#39;est pas valide ou a déjà servi")
                .contains("aria-invalid=\"true\"");
        mvc.perform(get("/account").cookie(again)).andExpect(redirectedUrl("/login/mfa"));
        assertThat(events("MFA_FAILURE", "emma.durand")).isOne();

        clock.advance(Duration.ofSeconds(30));
        assertThat(steps.code(again, steps.now(enrolled.secret())).getResponse().getRedirectedUrl())
                .as("where they were going").isEqualTo("/account");
    }

    @Test
    void wrongCodesCountLikeWrongPasswordsAndLockAfterFiveEvenAcrossPasswordLogins() throws Exception {
        String login = FreshAccounts.pupil(jdbc, accounts, "0930002B");
        var enrolled = steps.enrol(login);
        var pending = steps.pendingSession(login);
        for (int i = 0; i < 3; i++) {
            assertThat(steps.code(pending, "000000").getResponse().getContentAsString()).contains("n&#39;est pas valide");
        }
        // a correct password again does not forgive the failures of the second step
        pending = steps.pendingSession(login);
        steps.code(pending, "111111");
        var fifth = steps.code(pending, "222222");
        assertThat(fifth.getResponse().getContentAsString()).contains("le compte est bloqué quelques minutes");
        clock.advance(Duration.ofSeconds(30));
        assertThat(steps.code(pending, steps.now(enrolled.secret())).getResponse().getContentAsString())
                .as("even the right code, while locked").contains("le compte est bloqué");
        assertThat(events("MFA_FAILURE", login)).isEqualTo(5);
        assertThat(events("ACCOUNT_LOCKED", login)).isOne();
        assertThat(steps.password(login).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(3));
        pending = steps.pendingSession(login);
        assertThat(steps.code(pending, steps.now(enrolled.secret())).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.sql("select failed_attempts from identity.accounts where login = :l").param("l", login)
                .query(Integer.class).single()).as("success resets the count").isZero();
    }

    @Test
    void aRecoveryCodeWorksOnceAndCounts() throws Exception {
        String login = FreshAccounts.pupil(jdbc, accounts, "0930002B");
        var enrolled = steps.enrol(login);
        String code = enrolled.recoveryCodes().get(3);
        var done = steps.code(steps.pendingSession(login), " " + code.toUpperCase() + " ");
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(events("RECOVERY_CODE_USED", login)).isOne();
        mvc.perform(get("/account/mfa").cookie(done.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("Il vous reste 9 codes de secours.")));

        var again = steps.code(steps.pendingSession(login), code);
        assertThat(again.getResponse().getContentAsString()).contains("n&#39;est pas valide ou a déjà servi");
    }

    @Test
    void afterTheSecondStepThePersonGoesWhereTheyWereGoingButNeverElsewhere() throws Exception {
        String login = FreshAccounts.pupil(jdbc, accounts, "0930002B");
        var enrolled = steps.enrol(login);
        // asked for a page while logged out, from an address that names another host
        var asked = mvc.perform(get("/account/sessions").with(r -> {
            r.setServerName("evil.example");
            return r;
        })).andReturn();
        var cookie = asked.getResponse().getCookie("SESSION");
        var password = steps.password(login, cookie);
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/mfa");
        var pending = password.getResponse().getCookie("SESSION");
        clock.advance(Duration.ofSeconds(30));
        var done = mvc.perform(post("/login/mfa").cookie(pending).param("code", steps.now(enrolled.secret()))
                .param("continue", "https://evil.example/").with(csrf())).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/account/sessions");
    }

    @Test
    void turningMfaOffNeedsThePassword() throws Exception {
        String login = FreshAccounts.pupil(jdbc, accounts, "0930002B");
        var enrolled = steps.enrol(login);
        var session = steps.logIn(login, enrolled);

        mvc.perform(post("/account/mfa/disable").cookie(session).param("password", "not-my-password").with(csrf()))
                .andExpect(content().string(containsString("Le mot de passe actuel n&#39;est pas le bon.")));
        mvc.perform(post("/account/mfa/disable").cookie(session).with(csrf()))
                .andExpect(content().string(containsString("id=\"disable-error\"")));
        assertThat(events("MFA_DISABLED", login)).isZero();
        mvc.perform(post("/account/mfa/disable").cookie(session).param("password", DemoAccounts.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/account/mfa?disabled"));
        assertThat(events("MFA_DISABLED", login)).isOne();
        assertThat(steps.password(login).getResponse().getRedirectedUrl()).as("one step again").isEqualTo("/");
    }

    @Test
    void newRecoveryCodesNeedThePasswordAndReplaceTheOldOnes() throws Exception {
        String login = FreshAccounts.pupil(jdbc, accounts, "0930002B");
        var enrolled = steps.enrol(login);
        var session = steps.logIn(login, enrolled);
        mvc.perform(post("/account/mfa/recovery-codes").cookie(session).param("password", "wrong").with(csrf()))
                .andExpect(content().string(containsString("id=\"regenerate-error\"")));
        var fresh = MfaSteps.recoveryCodesIn(mvc.perform(post("/account/mfa/recovery-codes").cookie(session)
                .param("password", DemoAccounts.PASSWORD).with(csrf())).andReturn().getResponse().getContentAsString());
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(steps.code(steps.pendingSession(login), enrolled.recoveryCodes().getFirst()).getResponse()
                .getRedirectedUrl()).as("an old code").isNull();
        assertThat(steps.code(steps.pendingSession(login), fresh.getFirst()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anAdminOfThePersonResetsTheirMfaAndNoOtherAdminCan() throws Exception {
        var enrolled = steps.enrol("paul.martin");
        String paul = personId("paul.martin");
        var otherSchool = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(post("/admin/persons/" + paul + "/mfa/reset").cookie(otherSchool).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/persons/" + paul + "/mfa/reset").cookie(DemoAccounts.login(mvc, "lucas.durand"))
                .with(csrf())).andExpect(status().isForbidden()); // no console right at all
        assertThat(steps.password("paul.martin").getResponse().getRedirectedUrl()).isEqualTo("/login/mfa");

        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/persons/" + paul).cookie(anne)).andExpect(content().string(containsString("id=\"mfa-reset\"")));
        mvc.perform(post("/admin/persons/" + paul + "/mfa/reset").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/admin/persons/" + paul + "?mfaReset"));
        assertThat(jdbc.sql("""
                select count(*) from identity.audit_events e join identity.accounts a on a.login = 'anne.bernard'
                where e.type = 'MFA_RESET' and e.person_id = cast(:p as uuid) and e.actor_id = a.person_id""")
                .param("p", paul).query(Long.class).single()).isOne();
        assertThat(steps.password("paul.martin").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(enrolled.secret()).isNotEmpty();
    }
}
