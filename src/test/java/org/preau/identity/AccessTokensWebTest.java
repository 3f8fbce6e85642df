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

    @Autowired
    VerifiedEmails verified;

    private String create(jakarta.servlet.http.Cookie session, int days, String... scopes) throws Exception {
        return createWith(DemoAccounts.PASSWORD, session, days, scopes);
    }

    private String createWith(String password, jakarta.servlet.http.Cookie session, int days, String... scopes)
            throws Exception {
        String page = mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "Téléphone")
                .param("days", String.valueOf(days)).param("proof", password).param("scopes", scopes))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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

    private long activeTokens(String login) {
        return jdbc.sql("""
                select count(*) from identity.access_tokens t join identity.accounts a on a.person_id = t.person_id
                where a.login = :l and t.revoked_at is null""").param("l", login).query(Long.class).single();
    }

    @Test
    void creatingATokenAsksForThePasswordAgainAndTellsTheVerifiedAddress() throws Exception {
        RecoveryMails.verifiedAddress(jdbc, verified, "claire.leroy", "claire@example.org");
        var claire = DemoAccounts.login(mvc, "claire.leroy");
        mvc.perform(post("/account/tokens").cookie(claire).with(csrf()).param("name", "Script").param("days", "30"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"token-problem\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*preau_[A-Za-z0-9_-]{43}.*"))));
        mvc.perform(post("/account/tokens").cookie(claire).with(csrf()).param("name", "Script").param("days", "30")
                .param("proof", "not-her-password")).andExpect(content().string(containsString("id=\"token-problem\"")));
        assertThat(activeTokens("claire.leroy")).as("no token without the password").isZero();
        assertThat(RecoveryMails.queued(jdbc, "claire@example.org")).isZero();
        create(claire, 30, "DIARY");
        assertThat(activeTokens("claire.leroy")).isEqualTo(1);
        var notice = RecoveryMails.received("claire@example.org", 1).getFirst();
        assertThat(RecoveryMails.subject(notice)).isEqualTo("Un jeton d'accès a été créé sur votre compte Préau");
        assertThat(RecoveryMails.html(notice)).contains("Téléphone").contains("Cahier de textes");
    }

    @Test
    void aTokenDoesOnlyWhatItsScopesAllow() throws Exception {
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        String reader = create(sophie, 30);
        String messaging = create(sophie, 30, "MESSAGING");
        String admin = create(sophie, 30, "ADMIN");
        assertThat(jdbc.sql("select scopes::text from identity.access_tokens where token_hash = :h")
                .param("h", AccessTokens.hash(reader)).query(String.class).single()).isEqualTo("{READ}");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + reader)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/messages").header("Authorization", "Bearer " + reader)).andExpect(status().isOk());
        String message = "{\"to\": [], \"subject\": \"Sortie\", \"body\": \"<p>Bonjour</p>\"}";
        mvc.perform(post("/api/v1/messages").header("Authorization", "Bearer " + reader)
                .contentType("application/json").content(message))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/imports/" + UUID.randomUUID()).header("Authorization", "Bearer " + reader))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports/" + UUID.randomUUID()).header("Authorization", "Bearer " + messaging))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/messages").header("Authorization", "Bearer " + messaging)
                .contentType("application/json").content(message))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as("past the scope").isNotEqualTo(403));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + messaging)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + admin)).andExpect(status().isOk());
        mvc.perform(get("/account/tokens").cookie(sophie))
                .andExpect(content().string(containsString("Permet : Lecture seule")))
                .andExpect(content().string(containsString("Permet : Messagerie")));
    }

    @Test
    void changingThePasswordEndsOtherSessionsAndRevokesTokensUnlessKept() throws Exception {
        var here = DemoAccounts.login(mvc, "marc.petit");
        var elsewhere = DemoAccounts.login(mvc, "marc.petit");
        create(here, 30);
        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("current", DemoAccounts.PASSWORD)
                .param("password", "Un-Nouveau-Mot-2026!").param("confirmation", "Un-Nouveau-Mot-2026!"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").cookie(here)).andExpect(status().isOk());
        assertThat(activeTokens("marc.petit")).as("revoked by default").isZero();

        createWith("Un-Nouveau-Mot-2026!", here, 30);
        var third = mvc.perform(post("/login").with(csrf()).param("username", "marc.petit")
                .param("password", "Un-Nouveau-Mot-2026!")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("current", "Un-Nouveau-Mot-2026!")
                .param("password", "Encore-Un-Autre-2026!").param("confirmation", "Encore-Un-Autre-2026!")
                .param("keepTokens", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").cookie(third)).andExpect(status().is3xxRedirection());
        assertThat(activeTokens("marc.petit")).as("kept on request").isEqualTo(1);

        var fourth = mvc.perform(post("/login").with(csrf()).param("username", "marc.petit")
                .param("password", "Encore-Un-Autre-2026!")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/account/sessions/end-others").cookie(here).with(csrf()).param("keepTokens", "true"));
        mvc.perform(get("/account").cookie(fourth)).andExpect(status().is3xxRedirection());
        assertThat(activeTokens("marc.petit")).isEqualTo(1);
        mvc.perform(post("/account/sessions/end-others").cookie(here).with(csrf()));
        assertThat(activeTokens("marc.petit")).as("ending the other sessions revokes the tokens by default").isZero();
    }
}
