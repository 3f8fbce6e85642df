package org.preau.diary;

import org.preau.support.TestTime;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.PeopleTime;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The diary's JSON API as API.md promises it: paths, fields and codes. */
@PreauSpringTest
class DiaryApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private DiaryData data;
    private final LocalDate today = TestTime.today();

    @BeforeEach
    void data() {
        data = new DiaryData(jdbc);
    }

    private String body(String classId, String subject, LocalDate due, String title) {
        return """
                {"class": "%s", "subject": "%s", "due": "%s", "title": "%s", "instructions": "Lire le chapitre"}"""
                .formatted(classId, subject, due, title);
    }

    @Test
    void aTeacherSetsHomeworkThePupilListsAndTicksItAndTheParentSeesIt() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/diary/homework").cookie(paul)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(data.classId("6A"), "mathématiques", today.plusDays(3), "Chapitre 5")))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").isString())
                .andReturn().getResponse().getContentAsString(), "$.id");

        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/api/v1/diary/homework?from=" + today + "&to=" + today.plusDays(10)).cookie(lucas))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].subject").value(hasItem("Mathématiques")))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].class").value(hasItem(data.classId("6A"))))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].due").value(hasItem(today.plusDays(3).toString())))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].title").value(hasItem("Chapitre 5")))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].done").value(hasItem(false)))
                .andExpect(jsonPath("$.next").doesNotExist());

        mvc.perform(put("/api/v1/diary/homework/" + id + "/done").cookie(lucas).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"done\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.done").value(true));
        mvc.perform(get("/api/v1/diary/homework?to=" + today.plusDays(10)).cookie(lucas))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].done").value(hasItem(true)));

        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/api/v1/diary/homework?child=" + data.personId("lucas.durand") + "&to=" + today.plusDays(10))
                        .cookie(sophie))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
                // the tick is the pupil's own
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].done").value(hasItem(false)));
    }

    @Test
    void aParentMayNotTickDoneNorReadAnotherChild() throws Exception {
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(put("/api/v1/diary/homework/" + data.homeworkId("Exercices 4 à 7 page 58") + "/done")
                        .cookie(sophie).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"done\": true}"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(get("/api/v1/diary/homework?child=" + data.personId("paul.martin")).cookie(sophie))
                .andExpect(status().isNotFound());
    }

    @Test
    void homeworkDueInThePastIsRefusedWithTheField() throws Exception {
        mvc.perform(post("/api/v1/diary/homework").cookie(DemoAccounts.login(mvc, "paul.martin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(data.classId("6A"), "Mathématiques", today.minusDays(1), "Trop tard")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("due"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "La date du devoir est passée : choisissez aujourd'hui ou un jour à venir."));
    }

    @Test
    void aClassTheTeacherDoesNotTeachIs404AndAnotherSubjectIs403() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(post("/api/v1/diary/homework").cookie(paul).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(data.classId("6B"), "Mathématiques", today.plusDays(1), "Pas ma classe")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/diary/homework").cookie(paul).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(data.classId("6A"), "Anglais", today.plusDays(1), "Pas ma matière")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/diary/homework").cookie(DemoAccounts.login(mvc, "lucas.durand")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(data.classId("6A"), "Mathématiques", today.plusDays(1), "Élève")))
                .andExpect(status().isForbidden()); // pupils lack the right to write homework
    }

    @Test
    void aPupilDoesNotSeeAnotherClassesHomeworkAndNeedsASession() throws Exception {
        mvc.perform(get("/api/v1/diary/homework?to=" + today.plusDays(10)).cookie(DemoAccounts.login(mvc, "emma.durand")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title").value(hasItem("Apprendre la table de 3")))
                .andExpect(jsonPath("$.items[*].title").value(not(hasItem("Exercices 4 à 7 page 58"))));
        mvc.perform(get("/api/v1/diary/homework")).andExpect(status().isUnauthorized());
    }

    @Test
    void listsArePagedWithACursor() throws Exception {
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        String next = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/diary/homework?limit=1&to="
                        + today.plusDays(10)).cookie(lucas))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.next").isString())
                .andReturn().getResponse().getContentAsString(), "$.next");
        mvc.perform(get("/api/v1/diary/homework?limit=1&to=" + today.plusDays(10) + "&cursor=" + next).cookie(lucas))
                .andExpect(jsonPath("$.items.length()").value(1));
    }
}
