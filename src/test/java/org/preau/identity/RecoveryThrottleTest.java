package org.preau.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The forms open without a login are limited per address: the eleventh post in a minute gets
 * 429, Retry-After and a page in the person's language; other addresses go on; activation
 * counts only refused codes, so a class activating from one address is never stopped.
 */
@PreauSpringTest
@TestPropertySource(properties = "preau.identity.recovery-posts-per-minute=10")
class RecoveryThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActivationCodes codes;

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void theEleventhPostOfAnAddressInAMinuteIsRefusedWith429() throws Exception {
        for (String path : List.of("/login/forgot", "/login/forgot-login", "/login/reset")) {
            String address = "198.51.100." + path.length();
            for (int i = 0; i < 10; i++) {
                mvc.perform(from(address, post(path)).param("identifier", "x").param("email", "x@example.org")
                        .param("token", "t")).andExpect(status().is(org.hamcrest.Matchers.lessThan(400)));
            }
            mvc.perform(from(address, post(path)).param("identifier", "x")).andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().string(containsString("Trop de demandes sont venues de votre réseau")));
            mvc.perform(from(address, post(path)).header("Accept-Language", "es").param("identifier", "x"))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().string(containsString("Han llegado demasiadas solicitudes desde su red")));
            mvc.perform(from("192.0.2.99", post(path)).param("identifier", "x"))
                    .andExpect(status().is(org.hamcrest.Matchers.lessThan(400)));
        }
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(from("2001:db8:5:6::" + (i + 1), post("/login/forgot")).param("identifier", "x"))
                    .andExpect(status().is(org.hamcrest.Matchers.lessThan(400)));
        }
        mvc.perform(from("2001:db8:5:6:abcd::1", post("/login/forgot")).param("identifier", "x"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(from("2001:db8:5:7::1", post("/login/forgot")).param("identifier", "x"))
                .andExpect(status().is(org.hamcrest.Matchers.lessThan(400)));
    }

    @Test
    void activationCountsOnlyRefusedCodes() throws Exception {
        var pending = jdbc.sql("""
                select a.person_id, a.login from identity.accounts a where a.password_hash is null
                order by a.login limit 12""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list();
        for (var person : pending) {
            String code = codes.issue(List.of(new PersonId(java.util.UUID.fromString(person.get(0))))).getFirst().code();
            mvc.perform(from("192.0.2.50", post("/activate")).param("login", person.get(1)).param("code", code))
                    .andExpect(status().is3xxRedirection());
        }
        for (int i = 0; i < 10; i++) {
            mvc.perform(from("192.0.2.51", post("/activate")).param("login", "nobody").param("code", "AAAAAAAAAA"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("ne permettent pas")));
        }
        var last = pending.getFirst();
        String code = codes.issue(List.of(new PersonId(java.util.UUID.fromString(last.get(0))))).getFirst().code();
        mvc.perform(from("192.0.2.51", post("/activate")).param("login", last.get(1)).param("code", code))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(from("192.0.2.50", post("/activate")).param("login", last.get(1)).param("code", code))
                .andExpect(status().is3xxRedirection());
    }
}
