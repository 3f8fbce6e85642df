package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Personal access tokens: the API answers a Bearer token as its owner, until it expires or is revoked. */
@PreauSpringTest
@Import(MovableClock.Config.class)
class AccessTokensWebTest {

    private static final Pattern TOKEN = Pattern.compile("preau_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    private String create(jakarta.servlet.http.Cookie session, int days) throws Exception {
        String page = mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "Téléphone")
                .param("days", String.valueOf(days))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("the token is shown once").isTrue();
        return matcher.group();
    }

    @Test
    void aTokenActsAsItsOwnerOnTheApiWithoutSessionNorCsrf() throws Exception {
        String token = create(DemoAccounts.login(mvc, "sophie.durand"), 30);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.login").value("sophie.durand"))
                .andExpect(result -> assertThat(result.getResponse().getCookie("SESSION")).isNull());
        assertThat(jdbc.sql("select count(*) from identity.access_tokens where token_hash = :t")
                .param("t", token).query(Integer.class).single()).as("only a hash is stored").isZero();
        mvc.perform(get("/account/tokens").cookie(DemoAccounts.login(mvc, "sophie.durand")))
                .andExpect(content().string(containsString("Téléphone")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
    }

    @Test
    void wrongExpiredRevokedOrOtherPeoplesTokensAreRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer preau_forged"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + "x".repeat(100_000)))
                .andExpect(status().isUnauthorized());

        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        String expiring = create(lucas, 30);
        clock.advance(Duration.ofDays(31));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + expiring)).andExpect(status().isUnauthorized());

        var paul = DemoAccounts.login(mvc, "paul.martin");
        String revoked = create(paul, 90);
        UUID id = jdbc.sql("select id from identity.access_tokens where person_id = (select person_id from identity.accounts where login = 'paul.martin')")
                .query(UUID.class).single();
        mvc.perform(post("/account/tokens/revoke").cookie(DemoAccounts.login(mvc, "sophie.durand")).with(csrf())
                .param("id", id.toString()));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + revoked)).andExpect(status().isOk());
        mvc.perform(post("/account/tokens/revoke").cookie(paul).with(csrf()).param("id", id.toString()));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + revoked)).andExpect(status().isUnauthorized());
    }

    @Test
    void aBlockedPersonsTokenStopsWorking() throws Exception {
        String token = create(DemoAccounts.login(mvc, "emma.durand"), 90);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        jdbc.sql("update identity.accounts set state = 'BLOCKED' where login = 'emma.durand'").update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }
}
