package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A network address that fails too often is refused for a while; successes forgive, other addresses go on. */
@PreauSpringTest
@TestPropertySource(properties = "preau.identity.ip-failures-per-minute=10")
class AddressThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder login(String address, String user, String password) {
        return post("/login").with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("username", user).param("password", password);
    }

    @Test
    void aSchoolLogsInFreelyButAnAttackerOnAnotherAddressIsSlowedDown() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(login("192.0.2.10", i % 2 == 0 ? "lucas.durand" : "paul.martin", DemoAccounts.PASSWORD))
                    .andExpect(redirectedUrl("/"));
        }
        for (int i = 0; i < 10; i++) {
            mvc.perform(login("198.51.100.66", "user" + i + ".x", "guess" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("198.51.100.66", "sophie.durand", DemoAccounts.PASSWORD)).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(login("192.0.2.10", "sophie.durand", DemoAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
        // the throttled address is not even given the form, but told why in its language
        mvc.perform(get("/login").header("Accept-Language", "en").with(r -> {
            r.setRemoteAddr("198.51.100.66");
            return r;
        })).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "60"))
                .andExpect(content().string(containsString("Logging in is paused for your network")));
        mvc.perform(get("/login").with(r -> {
            r.setRemoteAddr("192.0.2.10");
            return r;
        })).andExpect(status().isOk());
        mvc.perform(get("/login").param("throttled", "")).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().string(containsString("Trop d&#39;essais de connexion")));
        assertThat(jdbc.sql("select count(*) from identity.audit_events where type = 'LOGIN_THROTTLED'")
                .query(Long.class).single()).isPositive();
    }

    /** Logs in from the address; true when the address was refused (throttled). */
    private boolean throttled(String address, String user, String password) throws Exception {
        return "/login?throttled".equals(mvc.perform(login(address, user, password)).andReturn().getResponse()
                .getRedirectedUrl());
    }

    @Test
    void anAttackerAlternatingGuessesWithHisOwnAccountIsStillRefused() throws Exception {
        // budget 10 (refilled by 1 every 6 s): each guess on a new account costs one, and the
        // successes of his own account give nothing back
        int guesses = 0;
        boolean refused = false;
        while (!refused && guesses < 40) {
            refused = throttled("192.0.2.20", "victim" + guesses + ".x", "guess");
            guesses++;
            refused = refused || throttled("192.0.2.20", "lucas.durand", DemoAccounts.PASSWORD);
        }
        assertThat(refused).as("refused after %d guesses", guesses).isTrue();
        assertThat(guesses).as("about the budget, whatever his own successes").isBetween(10, 14);
        assertThat(throttled("192.0.2.20", "lucas.durand", DemoAccounts.PASSWORD)).isTrue();
    }

    @Test
    void aSuccessForgivesTheFailuresOfItsOwnAccountAndRepeatedFailuresOfOneAccountCountOnce() throws Exception {
        // pupils who mistype then get it right cost their school nothing
        for (int i = 0; i < 30; i++) {
            mvc.perform(login("192.0.2.21", "paul.martin", "typo" + i % 3)).andExpect(redirectedUrl("/login?error"));
            mvc.perform(login("192.0.2.21", "paul.martin", DemoAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
        }
        // one pupil who keeps failing (below his own lock) counts as one failed account
        for (int i = 0; i < 4; i++) {
            mvc.perform(login("192.0.2.21", "nobody.z", "typo" + i)).andExpect(redirectedUrl("/login?error"));
        }
        int others = 0;
        while (!throttled("192.0.2.21", "nobody" + others + ".y", "typo") && others < 40) {
            others++;
        }
        assertThat(others).as("nine more failed accounts fill the budget of ten").isBetween(9, 13);
        assertThat(throttled("192.0.2.21", "paul.martin", DemoAccounts.PASSWORD)).isTrue();
    }

    @Test
    void anIpv6AttackerCountsAsHisWholeSlash64() throws Exception {
        // a new address of the same /64 for every guess: still one budget of ten
        int guesses = 0;
        while (!throttled("2001:db8:77:1::" + Integer.toHexString(guesses + 1), "victim" + guesses + ".v6", "guess")
                && guesses < 40) {
            guesses++;
        }
        assertThat(guesses).as("refused after %d guesses", guesses).isBetween(10, 13);
        assertThat(throttled("[2001:db8:77:1:ffff::9]", "lucas.durand", DemoAccounts.PASSWORD)).isTrue();
        assertThat(throttled("2001:db8:77:2::1", "lucas.durand", DemoAccounts.PASSWORD))
                .as("the next /64 is another network").isFalse();
    }
}
