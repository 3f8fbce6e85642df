package org.preau.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** "Mon compte": a person edits their own contact details; bad input changes nothing. */
@PreauSpringTest
class AccountWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String email(String login) {
        return jdbc.sql("""
                select p.email from directory.persons p join identity.accounts a on a.person_id = p.id
                where a.login = :l""").param("l", login).query(String.class).optional().orElse(null);
    }

    @Test
    void personSavesTheirContactDetails() throws Exception {
        var session = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(post("/account/contact").cookie(session).with(csrf())
                        .param("email", "sophie.durand@example.org").param("mobile", "+33 6 12 34 56 78"))
                .andExpect(redirectedUrl("/account?saved"));
        assertThat(email("sophie.durand")).isEqualTo("sophie.durand@example.org");
        mvc.perform(get("/account").param("saved", "").cookie(session))
                .andExpect(content().string(allOf(containsString("sophie.durand@example.org"),
                        containsString("Vos coordonnées ont été enregistrées"), containsString("Parent"))));
    }

    @Test
    void invalidDetailsAreExplainedInThePersonsLanguageAndNothingChanges() throws Exception {
        var session = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(post("/account/contact").cookie(session).with(csrf())
                        .param("email", "paul.martin@example.org").param("mobile", ""))
                .andExpect(redirectedUrl("/account?saved"));
        mvc.perform(post("/account/contact").cookie(session).with(csrf()).header("Accept-Language", "en")
                        .param("email", "not an email").param("mobile", "call me maybe"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This email address is not valid"),
                        containsString("This number is not valid"), containsString("aria-invalid=\"true\""))));
        assertThat(email("paul.martin")).isEqualTo("paul.martin@example.org");
    }

    @Test
    void forgedRequestChangesNothing() throws Exception {
        var session = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(post("/account/contact").cookie(session).param("email", "evil@example.org"))
                .andExpect(status().isForbidden());
        assertThat(email("lucas.durand")).isNull();
    }
}
