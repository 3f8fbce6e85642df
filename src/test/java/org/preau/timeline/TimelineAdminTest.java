package org.preau.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.preau.platform.notification.Frequency;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.preau.timeline.Notifications.Notice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The admin pages: a structure's quiet hours and holidays, the territory's default frequencies per type. */
@PreauSpringTest
class TimelineAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QuietHours quietHours;
    @Autowired
    Notifications notifications;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from timeline.structure_quiet_hours").update();
        jdbc.sql("delete from timeline.holidays").update();
        jdbc.sql("delete from timeline.type_defaults").update();
        jdbc.sql("delete from timeline.preferences").update();
    }

    private StructureId structure(String uai) {
        return new StructureId(jdbc.sql("select id from directory.structures where uai = :u").param("u", uai)
                .query(UUID.class).single());
    }

    private PersonId person(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    private String quietPage(String uai) {
        return "/admin/structures/" + structure(uai) + "/quiet-hours";
    }

    @Test
    void aLocalAdminSetsTheirSchoolsScheduleAndAnotherSchoolsAdminGets404() throws Exception {
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/timeline/quiet-hours").cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(containsString(quietPage("0930002B"))))
                .andExpect(content().string(not(containsString(quietPage("0930001A")))));
        mvc.perform(get(quietPage("0930002B")).cookie(anne)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"20:00\"")));

        mvc.perform(post(quietPage("0930002B")).cookie(anne).with(csrf()).param("evening", "21:00")
                .param("morning", "06:30").param("days", "SUNDAY").param("holidays", "true").param("enforced", "true"))
                .andExpect(redirectedUrl(quietPage("0930002B") + "?saved"));
        assertThat(quietHours.structureSchedule(structure("0930002B"))).isEqualTo(
                new QuietSchedule(LocalTime.of(21, 0), LocalTime.of(6, 30), Set.of(DayOfWeek.SUNDAY), true));
        assertThat(quietHours.enforced(structure("0930002B"))).isTrue();

        mvc.perform(get(quietPage("0930001A")).cookie(anne)).andExpect(status().isNotFound());
        mvc.perform(post(quietPage("0930001A")).cookie(anne).with(csrf()).param("evening", "")
                .param("morning", "")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/structures/nothing/quiet-hours").cookie(anne)).andExpect(status().isNotFound());
        assertThat(quietHours.enforced(structure("0930001A"))).isFalse();

        mvc.perform(get(quietPage("0930001A")).cookie(DemoAccounts.login(mvc, "admin.region"))).andExpect(status().isOk());
        mvc.perform(get(quietPage("0930002B")).cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalidTimesAndHolidaysAreRefusedInThePersonsLanguageNextToTheirField() throws Exception {
        var marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(post(quietPage("0930001A")).cookie(marc).with(csrf()).param("evening", "21:00").param("morning", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez l&#39;heure du soir et celle du matin")))
                .andExpect(content().string(containsString("aria-describedby=\"sq-morning-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post(quietPage("0930001A")).cookie(marc).with(csrf()).header("Accept-Language", "en")
                .param("evening", "25:99").param("morning", "07:00"))
                .andExpect(content().string(containsString("Give a time as HH:MM.")));
        mvc.perform(post(quietPage("0930001A")).cookie(marc).with(csrf()).header("Accept-Language", "es")
                .param("evening", "07:00").param("morning", "07:00"))
                .andExpect(content().string(containsString("debe ser distinta")));
        assertThat(quietHours.structureSchedule(structure("0930001A"))).isEqualTo(QuietSchedule.DEFAULT);

        mvc.perform(post(quietPage("0930001A") + "/holidays").cookie(marc).with(csrf())
                .param("starts", "2027-02-20").param("ends", "2027-02-10"))
                .andExpect(content().string(containsString("Le dernier jour doit suivre le premier")));
        mvc.perform(post(quietPage("0930001A") + "/holidays").cookie(marc).with(csrf())
                .param("starts", "2027-02-13").param("ends", "2027-02-28"))
                .andExpect(redirectedUrl(quietPage("0930001A") + "?holidayAdded#holidays"));
        mvc.perform(get(quietPage("0930001A")).cookie(marc)).andExpect(content().string(containsString("13/02/2027")));
        UUID holiday = jdbc.sql("select id from timeline.holidays").query(UUID.class).single();

        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(post(quietPage("0930002B") + "/holidays/" + holiday + "/delete").cookie(anne).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(quietPage("0930001A") + "/holidays/" + holiday + "/delete").cookie(marc).with(csrf()))
                .andExpect(redirectedUrl(quietPage("0930001A") + "?holidayDeleted#holidays"));
        assertThat(jdbc.sql("select count(*) from timeline.holidays").query(Integer.class).single()).isZero();
    }

    @Test
    void theCentralAdminsDefaultAppliesToPeopleWhoChoseNothingAndTheirOwnChoiceWins() throws Exception {
        var central = DemoAccounts.login(mvc, "admin.region");
        mvc.perform(get("/admin/timeline/defaults").cookie(central)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"mail.diary.homework\"")));
        mvc.perform(get("/admin/timeline/defaults").cookie(DemoAccounts.login(mvc, "anne.bernard")))
                .andExpect(status().isForbidden());

        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(post("/account/notifications").cookie(sophie).with(csrf())
                .param("feed.diary.homework", "IMMEDIATE").param("mail.diary.homework", "WEEKLY"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/timeline/defaults").cookie(central).with(csrf())
                .param("feed.diary.homework", "").param("mail.diary.homework", "NEVER"))
                .andExpect(redirectedUrl("/admin/timeline/defaults?saved"));
        mvc.perform(get("/admin/timeline/defaults").cookie(central))
                .andExpect(content().string(containsString("<option value=\"NEVER\" selected=\"selected\"")));

        PersonId lucas = person("lucas.durand");
        PersonId mother = person("sophie.durand");
        String source = "defaults-test:" + UUID.randomUUID();
        notifications.notify(new Notice("diary.homework", List.of(lucas, mother), List.of("Maths", "lundi"), "/diary",
                null, source));
        assertThat(mailAt(lucas, source)).as("the admin's default: no mail").isFalse();
        assertThat(mailAt(mother, source)).as("her own weekly choice wins").isTrue();

        mvc.perform(post("/admin/timeline/defaults").cookie(central).with(csrf())
                .param("feed.diary.homework", "").param("mail.diary.homework", ""));
        assertThat(jdbc.sql("select count(*) from timeline.type_defaults").query(Integer.class).single()).isZero();
        assertThat(Frequency.valueOf(jdbc.sql("select mail from timeline.preferences where person_id = :p")
                .param("p", mother.value()).query(String.class).single())).isEqualTo(Frequency.WEEKLY);
    }

    private boolean mailAt(PersonId person, String source) {
        return jdbc.sql("select mail_at is not null from timeline.entries where person_id = :p and source_key = :k")
                .param("p", person.value()).param("k", source).query(Boolean.class).single();
    }
}
