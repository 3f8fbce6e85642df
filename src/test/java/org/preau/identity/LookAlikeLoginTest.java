package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Logins are plain ASCII: a look-alike (Cyrillic letters, a capital I for an l, full-width or
 * invisible characters, a Turkish dotted İ) is another, unknown login — it never opens the
 * account it imitates, nor counts failures against it.
 */
@PreauSpringTest
class LookAlikeLoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void lookAlikesOfALoginNeitherOpenNorLockIt() throws Exception {
        List<String> lookAlikes = List.of(
                "\u0440\u0430ul.martin",            // Cyrillic р and а
                "pauI.martin",                      // capital i for l
                "\uff50\uff41\uff55\uff4c.martin",  // full-width letters
                "paul.martin\u200b",                // zero-width space
                "pa\u0075\u0308l.martin",           // u + combining diaeresis
                "PAUL.MART\u0130N",                 // Turkish dotted capital I
                "paul.mart\u0131n");                // Turkish dotless i
        for (String login : lookAlikes) {
            mvc.perform(post("/login").with(csrf()).param("username", login).param("password", DemoAccounts.PASSWORD))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.sql("""
                select count(*) from identity.login_failures f join identity.accounts a on a.person_id = f.person_id
                where a.login = 'paul.martin'""").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from identity.audit_events where type = 'LOGIN_FAILURE' and person_id is null")
                .query(Integer.class).single()).isEqualTo(lookAlikes.size());
    }

    @Test
    void caseAndSurroundingSpacesDoNotMatter() throws Exception {
        for (String login : List.of("PAUL.MARTIN", "  paul.martin ", "Paul.Martin")) {
            mvc.perform(post("/login").with(csrf()).param("username", login).param("password", DemoAccounts.PASSWORD))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void generatedLoginsAreAsciiWhateverTheName() {
        assertThat(jdbc.sql("select count(*) from identity.accounts where login !~ '^[a-z0-9._-]+$'")
                .query(Integer.class).single()).isZero();
    }
}
