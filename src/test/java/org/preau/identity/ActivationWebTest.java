package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/** Activating an account with the code of a letter; every wrong way is refused and changes nothing. */
@PreauSpringTest
class ActivationWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivationCodes codes;

    private record Someone(PersonId id, String login) {
    }

    private Someone notActivated(String profile, String uai) {
        return jdbc.sql("""
                select a.person_id, a.login from identity.accounts a
                join directory.person_profiles pp on pp.person_id = a.person_id and pp.profile = :p
                join directory.structures s on s.id = pp.structure_id and s.uai = :u
                where a.password_hash is null order by a.login limit 1""")
                .param("p", profile).param("u", uai)
                .query((rs, n) -> new Someone(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2))).single();
    }

    /** The session cookie once the code is accepted (sessions live in PostgreSQL, keyed by the cookie). */
    private Cookie codeAccepted(Someone who, String code) throws Exception {
        var result = mvc.perform(post("/activate").with(csrf()).param("login", who.login()).param("code", code))
                .andExpect(redirectedUrl("/activate/password")).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    @Test
    void parentActivatesWithTheLetterCodeThenLogsIn() throws Exception {
        var parent = notActivated("RELATIVE", "0930002B");
        String code = codes.issue(List.of(parent.id())).getFirst().code();
        var session = codeAccepted(parent, code.substring(0, 5) + "-" + code.substring(5).toLowerCase());
        mvc.perform(get("/activate/password").cookie(session))
                .andExpect(content().string(containsString("Au moins 12 caractères")))
                .andExpect(content().string(containsString("id=\"charter-link\" href=\"/activate/charter\"")));
        // the charter it links to is readable before any login, in each language
        mvc.perform(get("/activate/charter")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Charte d&#39;utilisation de l&#39;espace numérique de travail")));
        mvc.perform(get("/activate/charter").header("Accept-Language", "es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Carta de uso del espacio digital de trabajo")));
        mvc.perform(post("/activate/password").cookie(session).with(csrf())
                        .param("password", "Une petite phrase de printemps").param("confirmation", "Une petite phrase de printemps")
                        .param("charter", "true").param("email", "parent@example.org").param("mobile", ""))
                .andExpect(redirectedUrl("/login?activated"));
        mvc.perform(post("/login").with(csrf()).param("username", parent.login()).param("password", "Une petite phrase de printemps"))
                .andExpect(redirectedUrl("/"));
        assertThat(codes.matches(parent.id(), code)).as("a code works once").isFalse();
        mvc.perform(post("/activate").with(csrf()).param("login", parent.login()).param("code", code))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ne permettent pas d&#39;activer")));
    }

    @Test
    void primaryPupilGetsAChildFriendlyRule() throws Exception {
        var pupil = notActivated("STUDENT", "0930001A");
        var session = codeAccepted(pupil, codes.issue(List.of(pupil.id())).getFirst().code());
        mvc.perform(get("/activate/password").cookie(session))
                .andExpect(content().string(containsString("Au moins 8 caractères, avec des lettres et des chiffres")));
        mvc.perform(post("/activate/password").cookie(session).with(csrf())
                        .param("password", "chat7lune3").param("confirmation", "chat7lune3").param("charter", "true"))
                .andExpect(redirectedUrl("/login?activated"));
    }

    @Test
    void pendingUnknownAndActivatedLoginsCostTheSameWork() throws Exception {
        var parent = notActivated("RELATIVE", "0930002B");
        codes.issue(List.of(parent.id()));
        for (String login : List.of(parent.login(), "nobody.at.all", "lucas.durand")) {
            long before = codes.checks();
            mvc.perform(post("/activate").with(csrf()).param("login", login).param("code", "ABCDE-FGHJK"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("ne permettent pas")));
            assertThat(codes.checks() - before).as("one hash compared for %s", login).isEqualTo(1);
        }
    }

    @Test
    void wrongForgedOrExpiredCodesAreRefusedAlike() throws Exception {
        var parent = notActivated("RELATIVE", "0930001A");
        String code = codes.issue(List.of(parent.id())).getFirst().code();
        for (String wrong : List.of("AAAAAAAAAA", "", "x".repeat(5000), code + "X")) {
            mvc.perform(post("/activate").with(csrf()).param("login", parent.login()).param("code", wrong))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("ne permettent pas")));
        }
        mvc.perform(post("/activate").with(csrf()).param("login", "nobody.at.all").param("code", code))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ne permettent pas")));
        jdbc.sql("update identity.activation_codes set expires_at = now() - interval '1 second' where person_id = :p")
                .param("p", parent.id().value()).update();
        mvc.perform(post("/activate").with(csrf()).param("login", parent.login()).param("code", code))
                .andExpect(content().string(containsString("ne permettent pas")));
        mvc.perform(post("/activate").param("login", parent.login()).param("code", code)).andExpect(status().isForbidden());
    }

    @Test
    void weakPasswordsAreExplainedAndNothingIsActivated() throws Exception {
        var teacher = notActivated("TEACHER", "0930002B");
        var session = codeAccepted(teacher, codes.issue(List.of(teacher.id())).getFirst().code());
        mvc.perform(post("/activate/password").cookie(session).with(csrf())
                        .param("password", "azerty123").param("confirmation", "azerty123"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("au moins 12 caractères"), containsString("trop courant"),
                        containsString("accepter la charte"))));
        mvc.perform(post("/activate/password").cookie(session).with(csrf())
                        .param("password", "p".repeat(100_000)).param("confirmation", "p").param("charter", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("trop long")));
        String login = teacher.login().split("\\.")[1];
        mvc.perform(post("/activate/password").cookie(session).with(csrf())
                        .param("password", "Bonjour " + login + " 2026!").param("confirmation", "Bonjour " + login + " 2026!")
                        .param("charter", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ni votre identifiant ni votre nom")));
        mvc.perform(post("/activate/password").cookie(session).with(csrf())
                        .param("password", "Une longue phrase solide").param("confirmation", "Une longue phrase solidE")
                        .param("charter", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("pas identiques")));
        assertThat(jdbc.sql("select password_hash from identity.accounts where person_id = :p")
                .param("p", teacher.id().value()).query(String.class).optional()).isEmpty();
    }

    @Test
    void thePasswordStepNeedsAnAcceptedCode() throws Exception {
        mvc.perform(get("/activate/password")).andExpect(redirectedUrl("/activate"));
        mvc.perform(post("/activate/password").with(csrf()).param("password", "x").param("confirmation", "x"))
                .andExpect(redirectedUrl("/activate"));
    }
}
