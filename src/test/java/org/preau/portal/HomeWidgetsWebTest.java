package org.preau.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.HomeWidget;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The home page per profile: which widgets it holds (placeholders htmx fills, with a link to the
 * application without JavaScript), what each module's fragment shows, and a module whose fragment
 * throws, which leaves the page whole.
 */
@PreauSpringTest
@Import(HomeWidgetsWebTest.Failing.class)
class HomeWidgetsWebTest {

    /** A module whose widget always fails. */
    @TestConfiguration
    static class Failing {

        @Bean
        HomeWidget failingWidget() {
            return new HomeWidget("test.failing", "home.who", List.of(), "/test/widgets/failing", "/account", 1, null);
        }

        @Bean
        FailingController failingController() {
            return new FailingController();
        }
    }

    @RestController
    @AnyAuthenticated
    static class FailingController {

        @GetMapping("/test/widgets/failing")
        String fail() {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR, "the module is down");
        }
    }

    @Autowired
    MockMvc mvc;

    private String home(String login) throws Exception {
        var session = DemoAccounts.login(mvc, login);
        return mvc.perform(get("/").cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String fragment(String login, String path) throws Exception {
        var session = DemoAccounts.login(mvc, login);
        return mvc.perform(get(path).cookie(session).header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachProfileGetsItsWidgetsAndAFailingModuleLeavesThePageWhole() throws Exception {
        org.assertj.core.api.Assertions.assertThat(home("lucas.durand"))
                .contains("data-widget=\"diary.homework\"", "data-widget=\"portal.timetable\"",
                        "data-widget=\"messaging.latest\"", "data-widget=\"timeline.recent\"",
                        "data-widget=\"test.failing\"", "hx-get=\"/test/widgets/failing\"",
                        "hx-trigger=\"load, preau:retry\"", "{&quot;timeout&quot;:3000}",
                        // without JavaScript, a link to each application
                        "<a href=\"/diary/homework\">Ouvrir « Mes devoirs »</a>", "id=\"widget-failed\"")
                .doesNotContain("data-widget=\"diary.todo\"", "data-widget=\"diary.children\"",
                        "data-widget=\"console.alerts\"", "data-widget=\"directory.classes\"");
        org.assertj.core.api.Assertions.assertThat(home("paul.martin"))
                .contains("data-widget=\"directory.classes\"", "data-widget=\"diary.todo\"",
                        "data-widget=\"timeline.recent\"")
                .doesNotContain("data-widget=\"diary.homework\"", "data-widget=\"diary.children\"");
        org.assertj.core.api.Assertions.assertThat(home("sophie.durand"))
                .contains("data-widget=\"diary.children\"").doesNotContain("data-widget=\"diary.homework\"");
        org.assertj.core.api.Assertions.assertThat(home("anne.bernard"))
                .contains("data-widget=\"console.alerts\"", "data-widget=\"diary.visas\"");
        var session = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/test/widgets/failing").cookie(session).header("HX-Request", "true"))
                .andExpect(status().is5xxServerError());
    }

    @Test
    void pupilSeesTodaysAndTomorrowsHomeworkThenWhatWasGivenForLater() throws Exception {
        org.assertj.core.api.Assertions.assertThat(fragment("emma.durand", "/diary/widgets/homework"))
                .contains("Relire la fable page 12", "Apprendre la table de 3", "Demain").doesNotContain("<header");
        // Lucas's homework is due in two and seven days: nothing for today or tomorrow, both shown for later
        // from the moment they were given (issue 17), by due date
        org.assertj.core.api.Assertions.assertThat(fragment("lucas.durand", "/diary/widgets/homework"))
                .contains("Rien à faire.", "Plus tard").containsSubsequence("Exercices 4 à 7", "Devoir maison");
    }

    @Test
    void parentGetsOneCardPerChildWithTomorrowsHomework() throws Exception {
        String cards = fragment("sophie.durand", "/diary/widgets/children");
        org.assertj.core.api.Assertions.assertThat(cards)
                .contains("Emma Durand", "Lucas Durand", "Apprendre la table de 3", "Rien pour demain.",
                        "/diary/homework?child=");
    }

    @Test
    void teacherSeesHomeworkToCollectAndTheirClasses() throws Exception {
        org.assertj.core.api.Assertions.assertThat(fragment("paul.martin", "/diary/widgets/todo"))
                .contains("Devoirs à relever et corriger", "Devoir maison n° 3").doesNotContain("Exercices 4 à 7");
        // Claire's homework is not handed in: the sessions of the day to write
        org.assertj.core.api.Assertions.assertThat(fragment("claire.leroy", "/diary/widgets/todo"))
                .contains("Séances du jour à remplir");
    }

    @Test
    void latestMessagesAreTheReadersOwn() throws Exception {
        org.assertj.core.api.Assertions.assertThat(fragment("sophie.durand", "/messages/widgets/latest"))
                .contains("Sortie au musée des Arts et Métiers", "Réunion de rentrée du CE1")
                .doesNotContain("Question sur le devoir");
        org.assertj.core.api.Assertions.assertThat(fragment("lucas.durand", "/messages/widgets/latest"))
                .contains("Re : Question sur le devoir").doesNotContain("Sortie au musée");
    }

    @Test
    void fragmentsFollowTheAccessModel() throws Exception {
        var pupil = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/diary/widgets/todo").cookie(pupil)).andExpect(status().isForbidden());
        mvc.perform(get("/diary/widgets/visas").cookie(pupil)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/widgets/alerts").cookie(pupil)).andExpect(status().isForbidden());
        mvc.perform(get("/diary/widgets/homework")).andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(fragment("anne.bernard", "/admin/widgets/alerts"))
                .contains("Aucune alerte.");
        org.assertj.core.api.Assertions.assertThat(fragment("anne.bernard", "/diary/widgets/visas"))
                .contains("Paul Martin", "jamais visé");
        org.assertj.core.api.Assertions.assertThat(fragment("paul.martin", "/timeline/widgets/recent"))
                .contains("Toutes les notifications");
        mvc.perform(get("/home/widgets/timetable").cookie(pupil)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Aujourd&#39;hui"), not(containsString("<main")))));
    }
}
