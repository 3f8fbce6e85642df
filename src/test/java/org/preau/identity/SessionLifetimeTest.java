package org.preau.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** However active, a session ends twelve hours after login. */
@PreauSpringTest
@Import(MovableClock.Config.class)
class SessionLifetimeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;

    @Test
    void anActiveSessionEndsAtItsAbsoluteTimeout() throws Exception {
        var page = DemoAccounts.login(mvc, "sophie.durand");
        var api = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/account").cookie(page)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").cookie(api)).andExpect(status().isOk());
        clock.advance(Duration.ofHours(11));
        mvc.perform(get("/account").cookie(page)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").cookie(api)).andExpect(status().isOk());
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        mvc.perform(get("/account").cookie(page)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/account").cookie(page)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").cookie(api)).andExpect(status().isUnauthorized());
    }
}
