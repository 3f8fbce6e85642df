package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MFA made mandatory for teachers: right after the password they must enrol an authenticator
 * and can do nothing else until they have; they cannot turn it off. Others log in as before.
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
@TestPropertySource(properties = "preau.identity.mfa.required-for=TEACHER")
class MfaMandatoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;

    MfaSteps steps;

    @BeforeEach
    void steps() {
        steps = new MfaSteps(mvc, clock);
    }

    @Test
    void aTeacherWithoutMfaMustEnrolRightAfterThePasswordAndThenKeepsIt() throws Exception {
        var pending = steps.pendingSession("claire.leroy");
        mvc.perform(get("/login/mfa").cookie(pending)).andExpect(redirectedUrl("/login/mfa/enrol"));
        mvc.perform(get("/account").cookie(pending)).andExpect(redirectedUrl("/login/mfa"));
        mvc.perform(get("/account/mfa/enrol").cookie(pending)).andExpect(redirectedUrl("/login/mfa"));
        mvc.perform(get("/api/v1/me").cookie(pending)).andExpect(status().isUnauthorized());

        String page = mvc.perform(get("/login/mfa/enrol").cookie(pending))
                .andExpect(content().string(containsString("Votre profil impose la double authentification")))
                .andExpect(content().string(containsString("src=\"data:image/svg+xml;base64,")))
                .andReturn().getResponse().getContentAsString();
        byte[] secret = MfaSteps.secretShownIn(page);
        assertThat(MfaSteps.secretShownIn(mvc.perform(get("/login/mfa/enrol").cookie(pending)).andReturn()
                .getResponse().getContentAsString())).as("the same secret when the page is shown again").isEqualTo(secret);

        mvc.perform(post("/login/mfa/enrol").cookie(pending).param("code", "000000").with(csrf()))
                .andExpect(content().string(containsString("id=\"enrol-error\"")));
        var enrolled = mvc.perform(post("/login/mfa/enrol").cookie(pending).param("code", steps.now(secret)).with(csrf()))
                .andReturn();
        assertThat(MfaSteps.recoveryCodesIn(enrolled.getResponse().getContentAsString())).hasSize(10);
        var session = enrolled.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.getValue()).as("a new session id").isNotEqualTo(pending.getValue());
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/account/mfa/disable").cookie(session).param("password", DemoAccounts.PASSWORD).with(csrf()))
                .andExpect(content().string(containsString("elle ne peut pas être désactivée")));
        mvc.perform(get("/account/mfa").cookie(session)).andExpect(content().string(containsString("est activée")));

        clock.advance(Duration.ofSeconds(30));
        var next = steps.pendingSession("claire.leroy");
        mvc.perform(get("/login/mfa").cookie(next)).andExpect(status().isOk());
        assertThat(steps.code(next, steps.now(secret)).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void peopleOfOtherRolesStillLogInInOneStep() throws Exception {
        assertThat(steps.password("sophie.durand").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(steps.password("lucas.durand").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aPendingLoginCannotEnrolThroughMonCompteNorTurnMfaOff() throws Exception {
        var pending = steps.pendingSession("paul.martin");
        mvc.perform(post("/account/mfa/enrol").cookie(pending).param("code", "123456").with(csrf()))
                .andExpect(redirectedUrl("/login/mfa"));
        mvc.perform(post("/account/mfa/disable").cookie(pending).param("password", DemoAccounts.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login/mfa"));
    }
}
