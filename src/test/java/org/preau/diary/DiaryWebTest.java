package org.preau.diary;

import org.preau.support.TestTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.PeopleTime;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The diary's pages for each kind of reader, with and without htmx. */
@PreauSpringTest
class DiaryWebTest {

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

    @Test
    void aTeacherSeesTheirClassesAndTheClassBookWithTheirActions() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/diary").cookie(paul)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cahier de textes de 6A"),
                        containsString("Cahier de textes de 5A"))));
        mvc.perform(get("/diary/classes/" + data.classId("6A")).cookie(paul)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Les fractions"), containsString("Nouvelle séance"),
                        containsString("Modifier"), containsString("Copier vers la classe"),
                        containsString("Reprendre la progression"))));
    }

    @Test
    void aTeacherCreatesASessionThroughTheForm() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/diary/classes/" + data.classId("5A") + "/sessions/new").cookie(paul))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nouvelle séance – 5A")));
        mvc.perform(multipart("/diary/classes/" + data.classId("5A") + "/sessions").cookie(paul).with(csrf())
                        .param("subject", "Mathématiques").param("date", today.toString())
                        .param("title", "Les angles").param("text", "Mesurer un angle <b>au rapporteur</b>")
                        .param("links", "https://example.org/angles"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/diary/classes/*?week=*&saved"));
        assertThat(jdbc.sql("select content from diary.sessions where title = 'Les angles'").query(String.class)
                .single()).isEqualTo("Mesurer un angle <b>au rapporteur</b>");
    }

    @Test
    void aFormWithErrorsComesBackWithEveryErrorBesideItsField() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(multipart("/diary/classes/" + data.classId("6A") + "/homework").cookie(paul).with(csrf())
                        .param("subject", "Mathématiques").param("date", today.minusDays(1).toString())
                        .param("title", "").param("minutes", "abc").param("links", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Erreur :"),
                        containsString("La date du devoir est passée"), containsString("id=\"title-error\""),
                        containsString("id=\"minutes-error\""), containsString("id=\"links-error\""),
                        containsString("aria-describedby=\"date-error\""))));
    }

    @Test
    void aPupilSeesTheirHomeworkByDateBySubjectAndAsAWeek() throws Exception {
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/diary").cookie(lucas)).andExpect(redirectedUrl("/diary/homework"));
        mvc.perform(get("/diary/homework").cookie(lucas)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Exercices 4 à 7 page 58"),
                        containsString("J&#39;ai fait ce devoir"), not(containsString("Apprendre la table de 3")))));
        mvc.perform(get("/diary/homework?view=subject").cookie(lucas)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Devoir maison n° 3")));
        mvc.perform(get("/diary/homework?view=week&week=" + today.plusDays(2)).cookie(lucas))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Exercices 4 à 7 page 58")));
    }

    @Test
    void tickingDoneAnswersTheButtonToHtmxAndRedirectsWithout() throws Exception {
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        String id = data.homeworkId("Exercices 4 à 7 page 58");
        mvc.perform(post("/diary/homework/" + id + "/done").cookie(lucas).with(csrf()).header("HX-Request", "true")
                        .param("done", "true").param("back", "/diary/homework"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("aria-pressed=\"true\""), containsString("Fait"),
                        not(containsString("<html")))));
        mvc.perform(post("/diary/homework/" + id + "/done").cookie(lucas).with(csrf()).param("done", "false")
                        .param("back", "https://evil.example/"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/diary/homework"));
        mvc.perform(get("/diary/homework/" + id).cookie(lucas)).andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-pressed=\"false\"")));
    }

    @Test
    void aParentReadsEachChildsBookWithoutButtons() throws Exception {
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/diary/homework?child=" + data.personId("emma.durand")).cookie(sophie))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Apprendre la table de 3"),
                        containsString("Lucas Durand"), containsString("lecture seule"),
                        not(containsString("done-button")))));
        mvc.perform(get("/diary/homework?child=" + data.personId("lucas.durand")).cookie(sophie))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Exercices 4 à 7 page 58")));
        mvc.perform(get("/diary/homework?child=" + data.personId("paul.martin")).cookie(sophie))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPrimaryPupilGetsTheLargeViewWithPictogramsAndReadAloud() throws Exception {
        mvc.perform(get("/diary/homework").cookie(DemoAccounts.login(mvc, "emma.durand")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"diary young\""),
                        containsString("/img/subjects/francais.svg"), containsString("alt=\"Français\""),
                        containsString("/js/read-aloud.js"), containsString("Pour demain"))));
    }

    @Test
    void thePrimaryTeachersDayOffersTheQuickEntryOfEverySubject() throws Exception {
        var claire = DemoAccounts.login(mvc, "claire.leroy");
        mvc.perform(get("/diary/classes/" + data.classId("CE1") + "/day").cookie(claire)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Les devoirs du jour"),
                        containsString("Questionner le monde"), containsString("name=\"text.6\""))));
    }

    @Test
    void othersGetA404() throws Exception {
        var claire = DemoAccounts.login(mvc, "claire.leroy");
        mvc.perform(get("/diary/classes/" + data.classId("6A")).cookie(claire)).andExpect(status().isNotFound());
        mvc.perform(get("/diary/homework/" + data.homeworkId("Exercices 4 à 7 page 58")).cookie(claire))
                .andExpect(status().isNotFound());
        mvc.perform(get("/diary/classes/not-an-id").cookie(claire)).andExpect(status().isNotFound());
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/diary/classes/" + data.classId("5A")).cookie(lucas)).andExpect(status().isNotFound()); // not his class
        mvc.perform(get("/diary/visas").cookie(lucas)).andExpect(status().isForbidden()); // no visa right
    }

    @Test
    void theClassBookExportsAsPdf() throws Exception {
        var result = mvc.perform(get("/diary/classes/" + data.classId("6A") + "/export.pdf")
                        .cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment"))).andReturn();
        assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void pupilsAndParentsReadTheLessonsOfTheirClassesWithoutTheTeachersTools() throws Exception {
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/diary/classes/" + data.classId("6A")).cookie(lucas)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Les fractions"),
                        not(containsString("Nouvelle séance")), not(containsString("/edit\"")),
                        not(containsString("Reprendre la progression")), not(containsString("export.pdf")))));
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/diary/classes/" + data.classId("6A")).cookie(sophie)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Les fractions"), containsString("en lecture seule"),
                        not(containsString("/delete\"")))));
        mvc.perform(get("/diary/classes/" + data.classId("5A")).cookie(sophie)).andExpect(status().isNotFound());
        mvc.perform(get("/diary/homework").cookie(lucas)).andExpect(content().string(
                containsString("/diary/classes/" + data.classId("6A"))));
        // homework given for later (the demo's is due in two days) is on the home block from the moment it is given
        mvc.perform(get("/diary/widgets/homework").cookie(lucas)).andExpect(content().string(allOf(
                containsString("Exercices 4 à 7 page 58"), containsString("Plus tard"))));
    }


    @Test
    void titlesElideInFrenchAndSpanishDatesSayDe() throws Exception {
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        String emma = data.personId("emma.durand");
        mvc.perform(get("/diary/homework").param("child", emma).cookie(sophie).header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Devoirs d&#39;Emma Durand")));
        mvc.perform(get("/diary/widgets/children").cookie(sophie).header("Accept-Language", "fr"))
                .andExpect(content().string(allOf(containsString("Cahier de textes d&#39;Emma Durand"),
                        containsString("Cahier de textes de Lucas Durand"))));
        assertThat(DiaryTitles.elides("Hugo")).isTrue();
        assertThat(DiaryTitles.elides("Élodie")).isTrue();
        assertThat(DiaryTitles.elides("Lucas")).isFalse();
        assertThat(DiaryTitles.elides("6A")).isFalse();
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        String page = mvc.perform(get("/diary/homework/" + data.homeworkId("Exercices 4 à 7 page 58")).cookie(lucas)
                .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("\\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
                + "octubre|noviembre|diciembre) de 20\\d\\d");
    }

}
