package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Logging in and out through the real security filters, and every way it can go wrong. */
@PreauSpringTest
class LoginWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void loginPageIsFrenchByDefaultAndFollowsTheBrowserLanguage() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Connexion à Préau")))
                .andExpect(content().string(containsString("lang=\"fr\"")));
        mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(containsString("Log in to Préau")));
        mvc.perform(get("/login").header("Accept-Language", "de-DE"))
                .andExpect(content().string(containsString("Connexion à Préau")));
    }

    @Test
    void languageSwitcherIsRememberedInACookie() throws Exception {
        var result = mvc.perform(get("/login").param("lang", "es"))
                .andExpect(content().string(containsString("Iniciar sesión en Préau"))).andReturn();
        var cookie = result.getResponse().getCookie("PREAU_LANG");
        assertThat(cookie).isNotNull();
        mvc.perform(get("/login").cookie(cookie)).andExpect(content().string(containsString("Iniciar sesión")));
    }

    @Test
    void rightCredentialsOpenASessionStoredInTheDatabase() throws Exception {
        var session = DemoAccounts.login(mvc, "claire.leroy");
        assertThat(jdbc.sql("select count(*) from platform.spring_session where principal_name = 'claire.leroy'")
                .query(Long.class).single()).isPositive();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bonjour Claire")));
    }

    @Test
    void loginIsCaseInsensitive() throws Exception {
        mvc.perform(post("/login").param("username", "Paul.Martin").param("password", DemoAccounts.PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordAndUnknownUserGiveTheSameClearMessage() throws Exception {
        mvc.perform(post("/login").param("username", "lucas.durand").param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "nobody.here").param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Identifiant ou mot de passe incorrect")));
    }

    @Test
    void notYetActivatedAccountsCannotLogIn() throws Exception {
        String login = jdbc.sql("select login from identity.accounts where password_hash is null limit 1")
                .query(String.class).single();
        mvc.perform(post("/login").param("username", login).param("password", "").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void overlongFieldsAreRefusedWithoutAnError() throws Exception {
        mvc.perform(post("/login").param("username", "x".repeat(10_000)).param("password", "y").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "lucas.durand").param("password", "p".repeat(100_000))
                .with(csrf())).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void missingOrForgedCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "lucas.durand").param("password", DemoAccounts.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "lucas.durand").param("password", DemoAccounts.PASSWORD)
                .with(csrf().useInvalidToken())).andExpect(status().isForbidden());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        var session = DemoAccounts.login(mvc, "emma.durand");
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login").param("logout", "")).andExpect(content().string(containsString("déconnecté")));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.sql("select password_hash from identity.accounts where login = 'lucas.durand'")
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(DemoAccounts.PASSWORD);
    }

    @Test
    void olderBcryptHashesStillWorkAndAreUpgradedAtLogin() throws Exception {
        String bcrypt = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(DemoAccounts.PASSWORD);
        jdbc.sql("update identity.accounts set password_hash = :h where login = 'marc.petit'").param("h", bcrypt).update();
        DemoAccounts.login(mvc, "marc.petit");
        assertThat(jdbc.sql("select password_hash from identity.accounts where login = 'marc.petit'")
                .query(String.class).single()).startsWith("{argon2}");
    }
}
