package org.preau.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

/** The documented demo accounts, and a real form login through the security filters. */
public final class DemoAccounts {

    public static final String PASSWORD = "Preau-Demo-2026!";

    private DemoAccounts() {
    }

    /** Logs in with the login form and returns the session cookie (sessions live in PostgreSQL). */
    public static Cookie login(MockMvc mvc, String login) throws Exception {
        var result = mvc.perform(post("/login").param("username", login).param("password", PASSWORD).with(csrf()))
                .andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        if (session == null || !"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("login of " + login + " failed: " + result.getResponse().getRedirectedUrl());
        }
        return session;
    }
}
