package org.preau.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.identity.AccessTokens;
import org.preau.identity.TokenScope;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.Messaging;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.DemoAccounts;
import org.preau.support.DemoPeople;
import org.preau.support.PreauSpringTest;
import org.preau.support.TestTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Suspending an account (API.md {@code /api/v1/admin/persons/{id}/suspend}): the person cannot log
 * in, their sessions and tokens end, their scheduled messages are held in their drafts; an admin of
 * another school gets a 404, a bad request says which field.
 */
@PreauSpringTest
class PersonSuspensionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    AccessTokens tokens;
    @Autowired
    Messaging messaging;

    private PersonId id(String login) {
        return new DemoPeople(jdbc, directory).id(login);
    }

    private PreauUser user(String login) {
        return new DemoPeople(jdbc, directory).user(login);
    }

    private String state(UUID message) {
        return jdbc.sql("select state from messaging.messages where id = :m").param("m", message).query(String.class)
                .single();
    }

    @Test
    void aSuspendedTeacherLosesSessionsTokensAndScheduledMessagesUntilReinstated() throws Exception {
        var paul = user("paul.martin");
        String token = tokens.create(paul, "script", Duration.ofDays(30), Set.of(TokenScope.READ),
                DemoAccounts.PASSWORD).token();
        assertThat(token).isNotNull();
        UUID scheduled = messaging.send(paul, new Compose(List.of(id("sophie.durand").toString()), List.of(), List.of(),
                "Demain", "<p>À demain</p>", true, TestTime.now().plus(Duration.ofDays(1)), null)).id();
        assertThat(state(scheduled)).isEqualTo("SCHEDULED");
        var session = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());

        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(post("/api/v1/admin/persons/" + paul.personId() + "/suspend").cookie(anne).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Compte compromis\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUSPENDED"))
                .andExpect(jsonPath("$.reason").value("Compte compromis"));

        await().until(() -> mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus() == 401);
        await().until(() -> tokens.authenticate(token).isEmpty());
        await().until(() -> "DRAFT".equals(state(scheduled)));
        assertThatThrownBy(() -> DemoAccounts.login(mvc, "paul.martin")).isInstanceOf(AssertionError.class);
        mvc.perform(get("/admin/persons/" + paul.personId()).cookie(anne)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Compte compromis")));

        mvc.perform(post("/api/v1/admin/persons/" + paul.personId() + "/unsuspend").cookie(anne).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACTIVE"));
        DemoAccounts.login(mvc, "paul.martin");
        assertThat(tokens.authenticate(token)).as("a revoked token stays revoked").isEmpty();
        assertThat(state(scheduled)).as("held messages wait in the drafts").isEqualTo("DRAFT");
    }

    @Test
    void anAdminOfAnotherSchoolAPupilAndAMissingReasonAreRefused() throws Exception {
        PersonId paul = id("paul.martin");
        var marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(post("/api/v1/admin/persons/" + paul + "/suspend").cookie(marc).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}")).andExpect(status().isNotFound());
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(post("/api/v1/admin/persons/" + paul + "/suspend").cookie(lucas).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}")).andExpect(status().isForbidden());
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(post("/api/v1/admin/persons/" + paul + "/suspend").cookie(anne).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/admin/persons/not-an-id/suspend").cookie(anne).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}")).andExpect(status().isNotFound());
        DemoAccounts.login(mvc, "paul.martin");
    }
}
