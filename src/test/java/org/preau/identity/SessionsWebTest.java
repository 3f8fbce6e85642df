package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** A person sees where they are logged in and ends the sessions they do not recognise. */
@PreauSpringTest
class SessionsWebTest {

    private static final Pattern HANDLE = Pattern.compile("name=\"handle\" value=\"([0-9a-f]+)\"");

    @Autowired
    MockMvc mvc;

    private Cookie loginFrom(String agent) throws Exception {
        return loginFrom(agent, "sophie.durand");
    }

    private Cookie loginFrom(String agent, String login) throws Exception {
        var result = mvc.perform(post("/login").with(csrf()).header("User-Agent", agent)
                .param("username", login).param("password", DemoAccounts.PASSWORD)).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session).header("User-Agent", agent)).andExpect(status().isOk());
        return session;
    }

    @Test
    void aParentEndsTheSessionLeftOpenOnTheFamilyComputer() throws Exception {
        Cookie phone = loginFrom("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Mobile Safari/537.36");
        Cookie family = loginFrom("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0");
        String page = mvc.perform(get("/account/sessions").cookie(phone)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cet appareil", "Chrome sur Android", "Firefox sur Windows")
                .as("people read names, not raw agents").doesNotContain("Mozilla/5.0");
        assertThat(mvc.perform(get("/account/sessions").cookie(phone).header("Accept-Language", "en")).andReturn()
                .getResponse().getContentAsString()).contains("Firefox on Windows");
        assertThat(mvc.perform(get("/account/sessions").cookie(phone).header("Accept-Language", "es")).andReturn()
                .getResponse().getContentAsString()).contains("Firefox en Windows");
        String familyId = new String(Base64.getDecoder().decode(family.getValue()), StandardCharsets.UTF_8);
        assertThat(page).as("session ids never reach the page").doesNotContain(familyId);

        var handle = HANDLE.matcher(page);
        assertThat(handle.find()).isTrue();
        mvc.perform(post("/account/sessions/end").param("handle", handle.group(1)).cookie(phone).with(csrf()))
                .andExpect(redirectedUrl("/account/sessions?ended"));
        mvc.perform(get("/").cookie(family)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").cookie(phone)).andExpect(status().isOk());
    }

    @Test
    void endingOthersKeepsThisOneAndAForeignHandleEndsNothing() throws Exception {
        Cookie a = loginFrom("A");
        Cookie b = loginFrom("B");
        Cookie lucas = DemoAccounts.login(mvc, "lucas.durand");
        String lucasPage = mvc.perform(get("/account/sessions").cookie(lucas)).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/account/sessions/end").param("handle", "0123456789abcdef01234567").cookie(a).with(csrf()))
                .andExpect(redirectedUrl("/account/sessions"));
        mvc.perform(post("/account/sessions/end-others").cookie(a).with(csrf()))
                .andExpect(redirectedUrl("/account/sessions?endedOthers"));
        mvc.perform(get("/").cookie(b)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").cookie(a)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(lucas)).andExpect(status().isOk());
        assertThat(lucasPage).contains("Cet appareil");
    }

    @Test
    void anAdminEndsEverySessionOfAPersonOfTheirSchoolOnly() throws Exception {
        Cookie phone = loginFrom("Phone/1.0 (Android)", "claire.leroy");
        Cookie family = loginFrom("FamilyPC/2.0 (Windows)", "claire.leroy");
        String id = mvc.perform(get("/api/v1/me").cookie(phone)).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s)^.*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post("/admin/persons/" + id + "/sessions/end").cookie(DemoAccounts.login(mvc, "anne.bernard")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account").cookie(phone)).andExpect(status().isOk());
        var admin = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(post("/admin/persons/" + id + "/sessions/end").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/persons/" + id + "?sessionsEnded=2"));
        mvc.perform(get("/account").cookie(phone)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").cookie(family)).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/admin/persons/" + id).param("sessionsEnded", "2").cookie(admin)).andReturn()
                .getResponse().getContentAsString()).contains("2 sessions fermées");
    }
}
