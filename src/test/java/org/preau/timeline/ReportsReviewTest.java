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

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.preau.timeline.Notifications.Notice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Reports review: the structure's admins (and the central admin) see and act; another school's admin gets 404. */
@PreauSpringTest
class ReportsReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from timeline.entries").update();
    }

    private PersonId person(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    private StructureId college() {
        return new StructureId(jdbc.sql("select id from directory.structures where uai = '0930002B'")
                .query(UUID.class).single());
    }

    /** A notification from the collège to Lucas and his mother, reported by Lucas; returns his entry. */
    private String reportedByLucas(String subject) throws Exception {
        String source = "reports-test:" + UUID.randomUUID();
        notifications.notify(new Notice("diary.homework", List.of(person("lucas.durand"), person("sophie.durand")),
                List.of(subject, "lundi"), "/diary", college(), source));
        String entry = jdbc.sql("select id from timeline.entries where person_id = :p and source_key = :k")
                .param("p", person("lucas.durand").value()).param("k", source).query(UUID.class).single().toString();
        mvc.perform(post("/timeline/entries/" + entry + "/report").cookie(DemoAccounts.login(mvc, "lucas.durand"))
                .with(csrf())).andExpect(redirectedUrl("/timeline?reported"));
        return entry;
    }

    @Test
    void theSchoolsAdminSeesTheReportAndRemovesTheNotificationForEveryone() throws Exception {
        String entry = reportedByLucas("Histoire");
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/timeline/reports").cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nouveau devoir de Histoire")))
                .andExpect(content().string(containsString("Lucas")))
                .andExpect(content().string(containsString(person("lucas.durand").toString())));
        mvc.perform(get("/timeline").cookie(anne))
                .andExpect(content().string(containsString("href=\"/admin/timeline/reports\"")));
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/api/v1/timeline").cookie(sophie))
                .andExpect(content().string(containsString("Nouveau devoir de Histoire")));
        int unread = notifications.unread(person("sophie.durand"));

        mvc.perform(post("/admin/timeline/reports/" + entry + "/remove").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/admin/timeline/reports?removed"));

        mvc.perform(get("/api/v1/timeline").cookie(sophie))
                .andExpect(content().string(not(containsString("Nouveau devoir de Histoire"))))
                .andExpect(jsonPath("$.unread").value(unread - 1));
        mvc.perform(get("/admin/timeline/reports").cookie(anne))
                .andExpect(content().string(not(containsString("Nouveau devoir de Histoire"))));
        assertThat(jdbc.sql("select resolution from timeline.reports where entry_id = :e")
                .param("e", UUID.fromString(entry)).query(String.class).single()).isEqualTo("REMOVED");
        mvc.perform(post("/admin/timeline/reports/" + entry + "/dismiss").cookie(anne).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherSchoolsAdminCanNeitherSeeNorActAndPeopleWithoutTheRightAreRefused() throws Exception {
        String entry = reportedByLucas("Géographie");
        var marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(get("/admin/timeline/reports").cookie(marc)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Géographie"))))
                .andExpect(content().string(not(containsString(entry))));
        mvc.perform(post("/admin/timeline/reports/" + entry + "/dismiss").cookie(marc).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/timeline/reports/" + entry + "/remove").cookie(marc).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/timeline/reports/not-an-id/remove").cookie(marc).with(csrf()))
                .andExpect(status().isNotFound());

        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/admin/timeline/reports").cookie(lucas)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/timeline/reports/" + entry + "/dismiss").cookie(lucas).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/timeline").cookie(lucas)).andExpect(content().string(not(containsString("Anne"))));

        mvc.perform(get("/api/v1/timeline").cookie(DemoAccounts.login(mvc, "sophie.durand")))
                .andExpect(content().string(containsString("Nouveau devoir de Géographie")));
    }

    @Test
    void theCentralAdminDismissesAReportAndTheNotificationStays() throws Exception {
        String entry = reportedByLucas("Anglais");
        var central = DemoAccounts.login(mvc, "admin.region");
        mvc.perform(get("/admin/timeline/reports").cookie(central))
                .andExpect(content().string(containsString("Nouveau devoir de Anglais")));
        mvc.perform(post("/admin/timeline/reports/" + entry + "/dismiss").cookie(central).with(csrf()))
                .andExpect(redirectedUrl("/admin/timeline/reports?dismissed"));
        mvc.perform(get("/admin/timeline/reports").cookie(DemoAccounts.login(mvc, "anne.bernard")))
                .andExpect(content().string(not(containsString("Nouveau devoir de Anglais"))));
        mvc.perform(get("/api/v1/timeline").cookie(DemoAccounts.login(mvc, "sophie.durand")))
                .andExpect(content().string(containsString("Nouveau devoir de Anglais")));
        mvc.perform(get("/admin/timeline").cookie(central)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/timeline/defaults\"")));
        mvc.perform(get("/admin/timeline").cookie(DemoAccounts.login(mvc, "marc.petit"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/timeline/reports\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/timeline/defaults\""))));
    }
}
