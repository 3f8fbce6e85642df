package org.preau.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.diary.Entries.Homework;
import org.preau.diary.Entries.Session;
import org.preau.directory.Directory;
import org.preau.moderation.Reports;
import org.preau.moderation.Reports.Decision;
import org.preau.moderation.Reports.Outcome;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Homework and sessions through the one moderation service: whoever reads an entry reports it (not
 * its author, not a pupil of another school), the report reaches the entry's structure, and a
 * neutralized entry leaves every reader's view and its notices while its author sees it hidden.
 */
@PreauSpringTest
class DiaryModerationTest {

    @Autowired
    Reports reports;
    @Autowired
    Diary diary;
    @Autowired
    DiaryBook book;
    @Autowired
    DiarySearch search;
    @Autowired
    Directory directory;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    DiaryScenario fx;

    @BeforeEach
    void scenario() {
        fx = new DiaryScenario(jdbc, directory, clock, book);
    }

    private int notices(UUID homework) {
        return jdbc.sql("select count(*) from timeline.entries where source_key = :r")
                .param("r", "diary.homework:" + homework).query(Integer.class).single();
    }

    @Test
    void aParentReportsHomeworkTheSchoolNeutralizesItAndNoReaderSeesItUntilRestored() throws Exception {
        var paul = fx.user("paul.martin");
        var lucas = fx.user("lucas.durand");
        UUID id = diary.createHomework(paul, fx.homework("6A", fx.today().plusDays(1), "Rédaction injurieuse"));
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(id) >= 1);
        assertThat(fx.pupilTitles(lucas)).contains("Rédaction injurieuse");
        assertThat(search.search(lucas, "injurieuse", 10)).hasSize(1);

        // a pupil of another school, the author, an unknown id: nothing to report (the form answers 404)
        assertThat(reports.report(fx.user("emma.durand"), "HOMEWORK", id, "OTHER")).isEmpty();
        assertThat(reports.report(paul, "HOMEWORK", id, "OTHER")).isEmpty();
        assertThat(reports.report(lucas, "HOMEWORK", UUID.randomUUID(), "OTHER")).isEmpty();
        assertThat(reports.report(lucas, "SESSION", id, "OTHER")).isEmpty();

        UUID report = reports.report(fx.user("sophie.durand"), "HOMEWORK", id, "HARASSMENT: des insultes").orElseThrow();
        var anne = fx.user("anne.bernard");
        var detail = reports.detail(anne, report).orElseThrow();
        assertThat(detail.item().title()).isEqualTo("Mathématiques : Rédaction injurieuse");
        assertThat(detail.item().authorName()).isEqualTo("Paul Martin");
        assertThat(detail.item().structureName()).isEqualTo("Collège Victor Hugo");
        assertThat(detail.body()).isEqualTo("Consignes");
        assertThat(reports.queue(fx.user("marc.petit"), "OPEN", null)).extracting(Reports.Item::id)
                .doesNotContain(report);

        assertThat(reports.decide(anne, report, Decision.NEUTRALIZE)).isEqualTo(Outcome.DONE);
        assertThat(fx.pupilTitles(lucas)).doesNotContain("Rédaction injurieuse");
        assertThat(book.homework(lucas, id)).isEmpty();
        assertThat(book.homework(fx.user("sophie.durand"), id)).isEmpty();
        assertThat(search.search(lucas, "injurieuse", 10)).isEmpty();
        assertThat(book.classBook(lucas, fx.classId("6A"), fx.today(), fx.today().plusDays(7)).orElseThrow()
                .homework()).extracting(Homework::id).doesNotContain(id);
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(id) == 0);
        // its author still has it, marked
        assertThat(book.homework(paul, id)).get().extracting(Homework::neutralized).isEqualTo(true);
        var lucasCookie = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/diary/homework/" + id).cookie(lucasCookie)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/diary/homework").cookie(lucasCookie)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id.toString()))));
        mvc.perform(get("/diary/homework/" + id).cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Masqué par la modération"),
                        not(containsString("id=\"report-homework\"")))));

        assertThat(reports.decide(anne, report, Decision.RESTORE)).isEqualTo(Outcome.DONE);
        assertThat(fx.pupilTitles(lucas)).contains("Rédaction injurieuse");
        mvc.perform(get("/diary/homework/" + id).cookie(lucasCookie)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"report-homework\""),
                        not(containsString("Masqué par la modération")))));
    }

    @Test
    void aPupilReportsASessionOfTheClassBookAndANeutralizedSessionLeavesTheBook() throws Exception {
        var paul = fx.user("paul.martin");
        var lucas = fx.user("lucas.durand");
        UUID id = diary.createSession(paul, new SessionDraft(fx.classId("6A"), "Mathématiques", fx.today(),
                "Séance à signaler", "<p>Un contenu</p>", java.util.List.of(), null));
        mvc.perform(get("/diary/classes/" + fx.classId("6A")).cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/new?type=SESSION&amp;id=" + id)));
        assertThat(reports.report(fx.user("emma.durand"), "SESSION", id, "OTHER")).isEmpty();

        UUID report = reports.report(lucas, "SESSION", id, "OTHER: hors sujet").orElseThrow();
        var anne = fx.user("anne.bernard");
        assertThat(reports.detail(anne, report).orElseThrow().body()).isEqualTo("Un contenu");
        assertThat(reports.decide(anne, report, Decision.NEUTRALIZE)).isEqualTo(Outcome.DONE);

        assertThat(book.session(lucas, id)).isEmpty();
        assertThat(book.classBook(lucas, fx.classId("6A"), fx.today(), fx.today()).orElseThrow().sessions())
                .extracting(Session::id).doesNotContain(id);
        assertThat(book.classBook(paul, fx.classId("6A"), fx.today(), fx.today()).orElseThrow().sessions())
                .filteredOn(s -> s.id().equals(id)).extracting(Session::neutralized).containsExactly(true);
        assertThat(reports.decide(anne, report, Decision.RESTORE)).isEqualTo(Outcome.DONE);
        assertThat(book.session(lucas, id)).isPresent();
    }

    @Test
    void homeworkIsReportedThroughTheApiByItsReadersOnly() throws Exception {
        UUID id = diary.createHomework(fx.user("paul.martin"), fx.homework("6A", fx.today().plusDays(3), "Par l'API"));
        String body = "{\"type\":\"HOMEWORK\",\"id\":\"" + id + "\",\"reason\":\"SPAM\"}";
        mvc.perform(post("/api/v1/reports").cookie(DemoAccounts.login(mvc, "emma.durand")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reports").cookie(DemoAccounts.login(mvc, "lucas.durand")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        assertThat(reports.queue(fx.user("anne.bernard"), "OPEN", "HOMEWORK")).extracting(Reports.Item::target)
                .contains(id);
    }
}
