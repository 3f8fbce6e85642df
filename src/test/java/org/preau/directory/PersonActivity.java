package org.preau.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.preau.support.DemoAccounts;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A demo person using every module through its pages and API, so that they leave data everywhere. */
record PersonActivity(MockMvc mvc, JdbcClient jdbc) {

    /** A pupil writes and receives messages, ticks homework, arranges their home page, sets quiet hours, makes a token. */
    void touchEveryModule(String login) throws Exception {
        var session = DemoAccounts.login(mvc, login);
        UUID pupil = personOf(login);
        UUID teacher = personOf("paul.martin");
        send(session, teacher);
        send(DemoAccounts.login(mvc, "paul.martin"), pupil);
        UUID homework = jdbc.sql("""
                select h.id from diary.homework h join directory.class_members m on m.class_id = h.class_id
                where m.person_id = :p limit 1""").param("p", pupil).query(UUID.class).single();
        mvc.perform(put("/api/v1/diary/homework/" + homework + "/done").cookie(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"done\":true}")).andExpect(status().is2xxSuccessful());
        mvc.perform(post("/home/personalize/portal.profile/hide").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/quiet-hours").cookie(session).with(csrf()).param("own", "true")
                .param("evening", "19:00").param("morning", "07:30").param("days", "SATURDAY", "SUNDAY"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "Agenda")
                .param("scopes", "READ").param("proof", DemoAccounts.PASSWORD)).andExpect(status().isOk());
    }

    void send(jakarta.servlet.http.Cookie session, UUID to) throws Exception {
        mvc.perform(post("/api/v1/messages").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\":[\"" + to + "\"],\"subject\":\"Question\",\"body\":\"Bonjour\"}"))
                .andExpect(status().isCreated());
    }

    UUID personOf(String login) {
        return jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single();
    }
}
