package org.preau.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.moderation.Reports;
import org.preau.moderation.Reports.Decision;
import org.preau.moderation.Reports.Outcome;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.preau.timeline.Notifications.Notice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notices of the feed go through the one moderation service: "Signaler" opens its report form, the
 * report reaches the notice's structure (none: the central admins, never no one), neutralizing
 * takes the notice out of every feed it reached and a restore puts it back; the timeline's own
 * review page is gone, and the open reports it held moved to the moderation queue.
 */
@PreauSpringTest
class NoticeReportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    Reports reports;
    @Autowired
    Directory directory;
    @Autowired
    MessageSource messages;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from timeline.entries").update();
    }

    private PersonId person(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    private PreauUser user(String login) {
        PersonId id = person(login);
        return new PreauUser(id, login, directory.card(id).orElseThrow().displayName(), directory.roles(id), true, null);
    }

    private StructureId college() {
        return new StructureId(jdbc.sql("select id from directory.structures where uai = '0930002B'")
                .query(UUID.class).single());
    }

    /** A notice to Lucas and his mother; returns Lucas's entry. */
    private UUID toldLucasAndSophie(String subject, @Nullable StructureId structure) {
        String source = "reports-test:" + UUID.randomUUID();
        notifications.notify(new Notice("diary.homework", List.of(person("lucas.durand"), person("sophie.durand")),
                List.of(subject, "lundi"), "/diary", structure, source));
        return jdbc.sql("select id from timeline.entries where person_id = :p and source_key = :k")
                .param("p", person("lucas.durand").value()).param("k", source).query(UUID.class).single();
    }

    private UUID reportThroughTheForm(UUID entry) throws Exception {
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/timeline").cookie(lucas)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/new?type=NOTICE&amp;id=" + entry
                        + "&amp;back=/timeline")));
        mvc.perform(post("/reports").cookie(lucas).with(csrf()).param("type", "NOTICE").param("id", entry.toString())
                .param("reason", "HARASSMENT").param("back", "/timeline"))
                .andExpect(redirectedUrl("/timeline?reported"));
        return jdbc.sql("select id from moderation.reports where type = 'NOTICE' and target_id = :e")
                .param("e", entry).query(UUID.class).single();
    }

    @Test
    void aReportedNoticeIsNeutralizedForEveryFeedByTheSchoolsModeratorAndRestored() throws Exception {
        UUID entry = toldLucasAndSophie("Géographie", college());
        UUID report = reportThroughTheForm(entry);
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/api/v1/timeline").cookie(sophie))
                .andExpect(content().string(containsString("Nouveau devoir de Géographie")));

        var anne = user("anne.bernard");
        var detail = reports.detail(anne, report).orElseThrow();
        assertThat(detail.body()).isEqualTo("Nouveau devoir de Géographie pour le lundi");
        assertThat(detail.item().structureName()).isEqualTo("Collège Victor Hugo");
        assertThat(detail.recipients()).isEqualTo(2);
        assertThat(reports.queue(user("marc.petit"), "OPEN", null)).extracting(Reports.Item::id).doesNotContain(report);

        assertThat(reports.decide(anne, report, Decision.NEUTRALIZE)).isEqualTo(Outcome.DONE);
        mvc.perform(get("/api/v1/timeline").cookie(sophie)).andExpect(jsonPath("$.unread").value(0))
                .andExpect(content().string(not(containsString("Nouveau devoir de Géographie"))));
        mvc.perform(get("/api/v1/timeline").cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(content().string(not(containsString("Nouveau devoir de Géographie"))));

        assertThat(reports.decide(anne, report, Decision.RESTORE)).isEqualTo(Outcome.DONE);
        mvc.perform(get("/api/v1/timeline").cookie(sophie)).andExpect(jsonPath("$.unread").value(1))
                .andExpect(content().string(containsString("Nouveau devoir de Géographie")));
    }

    @Test
    void aNoticeOfNoStructureReachesTheCentralAdminsAndOnlyItsRecipientReportsIt() throws Exception {
        UUID entry = toldLucasAndSophie("Anglais", null);
        // Sophie did not receive Lucas's entry: not found
        mvc.perform(post("/reports").cookie(DemoAccounts.login(mvc, "sophie.durand")).with(csrf())
                .param("type", "NOTICE").param("id", entry.toString()).param("reason", "OTHER"))
                .andExpect(status().isNotFound());
        UUID report = reportThroughTheForm(entry);
        assertThat(reports.queue(user("admin.region"), "OPEN", null)).extracting(Reports.Item::id).contains(report);
        assertThat(reports.queue(user("anne.bernard"), "OPEN", null)).extracting(Reports.Item::id)
                .doesNotContain(report);
    }

    @Test
    void everyKindOfReportableContentIsNamedInTheThreeLanguages() {
        assertThat(reports.types()).contains("MESSAGE", "HOMEWORK", "SESSION", "NOTICE");
        for (String type : reports.types()) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                assertThat(messages.getMessage("moderation.type." + type, null, null, locale)).as(type + " " + locale)
                        .isNotBlank().isNotEqualTo("moderation.type." + type);
            }
        }
    }

    @Test
    void theTimelinesOwnReviewIsGone() throws Exception {
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/timeline/reports").cookie(anne)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/timeline").cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/admin/timeline/reports"))));
        mvc.perform(post("/timeline/entries/" + toldLucasAndSophie("Latin", college()) + "/report")
                .cookie(DemoAccounts.login(mvc, "lucas.durand")).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theOpenReportsOfTheFormerReviewMoveToTheModerationQueue() throws Exception {
        UUID open = toldLucasAndSophie("Musique", college());
        UUID closed = toldLucasAndSophie("Dessin", college());
        var now = Timestamp.from(java.time.Instant.parse("2026-12-01T08:00:00Z"));
        jdbc.sql("""
                insert into timeline.reports (entry_id, reporter_id, structure_id, reported_at, resolved_at, resolution)
                values (:o, :p, :s, :now, null, null), (:c, :p, :s, :now, :now, 'DISMISSED')""")
                .param("o", open).param("c", closed).param("p", person("lucas.durand").value())
                .param("s", college().value()).param("now", now).update();

        String migration = new ClassPathResource("db/migration/moderation/V202612072052__timeline_reports.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        jdbc.sql(migration).update();

        var queue = reports.queue(user("anne.bernard"), "OPEN", "NOTICE");
        assertThat(queue).filteredOn(i -> i.target().equals(open)).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("diary.homework"));
        assertThat(queue).extracting(Reports.Item::target).doesNotContain(closed);
        var detail = reports.detail(user("anne.bernard"), queue.stream().filter(i -> i.target().equals(open))
                .findFirst().orElseThrow().id()).orElseThrow();
        assertThat(detail.body()).isEqualTo("Musique – lundi");
        assertThat(detail.recipients()).isEqualTo(2);
        // and the moderators act on it like on any notice
        assertThat(reports.decide(user("anne.bernard"), detail.item().id(), Decision.NEUTRALIZE)).isEqualTo(Outcome.DONE);
        mvc.perform(get("/api/v1/timeline").cookie(DemoAccounts.login(mvc, "sophie.durand")))
                .andExpect(content().string(not(containsString("Nouveau devoir de Musique"))));
    }
}
