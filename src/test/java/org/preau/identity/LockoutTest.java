package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Five failures lock an account for a while; an admin can unlock it; everything lands in the audit log. */
@PreauSpringTest
class LockoutTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private void attempt(String login, String password, String expected) throws Exception {
        attempt(login, password, expected, "10.1.2.3");
    }

    private void attempt(String login, String password, String expected, String address) throws Exception {
        mvc.perform(post("/login").with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("username", login).param("password", password)).andExpect(redirectedUrl(expected));
    }

    private long events(String type, String login) {
        return jdbc.sql("""
                select count(*) from identity.audit_events e join identity.accounts a on a.person_id = e.person_id
                where e.type = :t and a.login = :l""").param("t", type).param("l", login).query(Long.class).single();
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            attempt("paul.martin", "wrong-" + i, "/login?error");
        }
        attempt("paul.martin", DemoAccounts.PASSWORD, "/login?error");
        assertThat(events("ACCOUNT_LOCKED", "paul.martin")).isPositive();
        assertThat(events("LOGIN_FAILURE", "paul.martin")).isGreaterThanOrEqualTo(6);

        String paul = jdbc.sql("select person_id from identity.accounts where login = 'paul.martin'").query(UUID.class)
                .single().toString();
        var admin = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/persons/" + paul).cookie(admin)).andExpect(content().string(containsString("id=\"unlock\"")));
        mvc.perform(post("/admin/persons/" + paul + "/unlock").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/persons/" + paul + "?unlocked"));
        attempt("paul.martin", DemoAccounts.PASSWORD, "/");
        assertThat(events("ACCOUNT_UNLOCKED", "paul.martin")).isOne();
        mvc.perform(get("/admin/audit").param("type", "ACCOUNT_LOCKED").cookie(admin))
                .andExpect(content().string(containsString("Compte verrouillé après des échecs")));
    }

    @Test
    void aLockEndsByItselfAndSuccessResetsTheCount() throws Exception {
        for (int i = 0; i < 5; i++) {
            attempt("claire.leroy", "nope" + i, "/login?error");
        }
        attempt("claire.leroy", DemoAccounts.PASSWORD, "/login?error");
        jdbc.sql("""
                update identity.login_failures set locked_until = now() - interval '1 second'
                where person_id = (select person_id from identity.accounts where login = 'claire.leroy')""").update();
        attempt("claire.leroy", DemoAccounts.PASSWORD, "/");
        attempt("claire.leroy", "nope", "/login?error");
        attempt("claire.leroy", DemoAccounts.PASSWORD, "/");
    }

    @Test
    void someoneGuessingFromElsewhereLocksHimselfOutNotTheOwner() throws Exception {
        attempt("sophie.durand", DemoAccounts.PASSWORD, "/", "192.0.2.10");
        for (int i = 0; i < 6; i++) {
            attempt("sophie.durand", "guess-" + i, "/login?error", "198.51.100.66");
        }
        attempt("sophie.durand", DemoAccounts.PASSWORD, "/login?error", "198.51.100.66");
        attempt("sophie.durand", DemoAccounts.PASSWORD, "/", "192.0.2.10");
        attempt("sophie.durand", DemoAccounts.PASSWORD, "/", "192.0.2.11");
        assertThat(events("ACCOUNT_LOCKED", "sophie.durand")).isPositive();
    }

    @Test
    void aDistributedAttackLocksTheAccountForStrangersOnlyAndAnAdminLiftsIt() throws Exception {
        attempt("lucas.durand", DemoAccounts.PASSWORD, "/", "192.0.2.20");
        for (int i = 0; i < 50; i++) {
            attempt("lucas.durand", "guess-" + i, "/login?error", "198.51.100." + i);
        }
        attempt("lucas.durand", DemoAccounts.PASSWORD, "/login?error", "203.0.113.200");
        attempt("lucas.durand", DemoAccounts.PASSWORD, "/", "192.0.2.20");
        String lucas = jdbc.sql("select person_id from identity.accounts where login = 'lucas.durand'").query(UUID.class)
                .single().toString();
        var admin = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/persons/" + lucas).cookie(admin)).andExpect(content().string(containsString("id=\"unlock\"")));
        mvc.perform(post("/admin/persons/" + lucas + "/unlock").cookie(admin).with(csrf()));
        attempt("lucas.durand", DemoAccounts.PASSWORD, "/", "203.0.113.200");
    }

    @Test
    void aLocalAdminCannotUnlockSomeoneOfAnotherSchoolNorReadTheirLog() throws Exception {
        String emma = jdbc.sql("select person_id from identity.accounts where login = 'emma.durand'").query(UUID.class)
                .single().toString();
        mvc.perform(post("/admin/persons/" + emma + "/unlock").cookie(DemoAccounts.login(mvc, "anne.bernard")).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
        DemoAccounts.login(mvc, "emma.durand");
        mvc.perform(get("/admin/audit").param("person", emma).cookie(DemoAccounts.login(mvc, "anne.bernard")))
                .andExpect(content().string(containsString("Aucun événement")));
        mvc.perform(get("/admin/audit").cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        var before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        var login = mvc.perform(post("/login").with(csrf()).cookie(before == null ? new jakarta.servlet.http.Cookie("x", "y") : before)
                .param("username", "sophie.durand").param("password", DemoAccounts.PASSWORD)).andReturn();
        var after = login.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        if (before != null) {
            assertThat(after.getValue()).isNotEqualTo(before.getValue());
        }
    }

    @Test
    void noRedirectLeavesPreauAfterLogin() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "sophie.durand").param("password", DemoAccounts.PASSWORD)
                .param("continue", "https://evil.example.com/").header("Referer", "https://evil.example.com/"))
                .andExpect(redirectedUrl("/"));
        var saved = mvc.perform(get("/account")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/login").with(csrf()).cookie(saved).param("username", "sophie.durand")
                .param("password", DemoAccounts.PASSWORD)).andExpect(result -> assertThat(
                        result.getResponse().getRedirectedUrl()).satisfiesAnyOf(u -> assertThat(u).endsWith("/account"),
                        u -> assertThat(u).isEqualTo("/")));
    }
}
