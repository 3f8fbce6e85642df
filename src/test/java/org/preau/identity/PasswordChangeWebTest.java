package org.preau.identity;

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
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** Changing one's password: the current one, the policy, and none of the last ten. */
@PreauSpringTest
class PasswordChangeWebTest {

    @Autowired
    MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions change(Cookie session, String current, String chosen)
            throws Exception {
        return mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", current)
                .param("password", chosen).param("confirmation", chosen));
    }

    @Test
    void aTeacherChangesThePasswordAndCannotGoBackToAnOldOne() throws Exception {
        Cookie session = DemoAccounts.login(mvc, "claire.leroy");
        mvc.perform(get("/account/password").cookie(session)).andExpect(content().string(containsString("Au moins 12")));
        change(session, "not my password", "Un nouveau départ au printemps")
                .andExpect(status().isOk()).andExpect(content().string(containsString("actuel n&#39;est pas le bon")));
        change(session, DemoAccounts.PASSWORD, "azerty").andExpect(content().string(containsString("trop courant")));
        change(session, DemoAccounts.PASSWORD, "Un nouveau départ au printemps").andExpect(redirectedUrl("/account?passwordChanged"));
        change(session, "Un nouveau départ au printemps", DemoAccounts.PASSWORD)
                .andExpect(content().string(containsString("différent de vos 10 derniers")));
        change(session, "Un nouveau départ au printemps", "Une autre phrase pour l'été")
                .andExpect(redirectedUrl("/account?passwordChanged"));
        change(session, "Une autre phrase pour l'été", "Un nouveau départ au printemps")
                .andExpect(content().string(containsString("différent de vos 10 derniers")));
        mvc.perform(post("/login").with(csrf()).param("username", "claire.leroy").param("password", "Une autre phrase pour l'été"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void mismatchAndForgeryChangeNothing() throws Exception {
        Cookie session = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", DemoAccounts.PASSWORD)
                .param("password", "Une phrase tout à fait solide").param("confirmation", "Une autre phrase"))
                .andExpect(content().string(containsString("pas identiques")));
        mvc.perform(post("/account/password").cookie(session).param("current", DemoAccounts.PASSWORD)
                .param("password", "Une phrase tout à fait solide").param("confirmation", "Une phrase tout à fait solide"))
                .andExpect(status().isForbidden());
        DemoAccounts.login(mvc, "paul.martin");
    }
}
