package org.preau.diary;

import org.preau.support.TestTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.platform.PeopleTime;
import org.preau.platform.PreauUser;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Deferred publishing: outside school hours the form offers the next school morning, and pupils see the entry then. */
@PreauSpringTest
@Import(MovableClock.Config.class)
class DiaryPublishingTest {

    /** Friday 27 November 2026, 21:00 in Paris: school is closed until Monday. */
    private static final Instant FRIDAY_EVENING = ZonedDateTime.of(2026, 11, 27, 21, 0, 0, 0, PeopleTime.ZONE).toInstant();
    private static final Instant MONDAY_MORNING = ZonedDateTime.of(2026, 11, 30, 7, 30, 0, 0, PeopleTime.ZONE).toInstant();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    DiaryBook book;
    @Autowired
    Directory directory;

    private final Instant started = TestTime.now();

    @AfterEach
    void backToNow() {
        clock.set(started);
    }

    @Test
    void onAFridayEveningTheFormOffersMondayMorningAndPupilsSeeTheHomeworkThen() throws Exception {
        var data = new DiaryData(jdbc);
        clock.set(FRIDAY_EVENING);
        var paul = DemoAccounts.login(mvc, "paul.martin");
        String form = "/diary/classes/" + data.classId("6A") + "/homework/new";
        mvc.perform(get(form).cookie(paul)).andExpect(status().isOk()).andExpect(content().string(
                containsString("Publier à 07:30 le prochain jour d&#39;école (lundi 30 novembre)")));

        mvc.perform(post("/diary/classes/" + data.classId("6A") + "/homework").cookie(paul).with(csrf())
                .param("subject", "Mathématiques").param("date", "2026-12-01").param("title", "Pour mardi")
                .param("publishMorning", "on")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select publish_at from diary.homework where title = 'Pour mardi'")
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(MONDAY_MORNING);
        PreauUser lucas = data.user(directory, "lucas.durand");
        assertThat(titles(lucas)).doesNotContain("Pour mardi");

        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(1)));
        assertThat(titles(lucas)).contains("Pour mardi");
    }

    @Test
    void duringSchoolHoursTheFormDoesNotOfferItAndTheBoxIsIgnored() throws Exception {
        var data = new DiaryData(jdbc);
        Instant wednesday = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, PeopleTime.ZONE).toInstant();
        clock.set(wednesday);
        var paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/diary/classes/" + data.classId("6A") + "/homework/new").cookie(paul))
                .andExpect(content().string(not(containsString("publishMorning"))));
        mvc.perform(post("/diary/classes/" + data.classId("6A") + "/homework").cookie(paul).with(csrf())
                .param("subject", "Mathématiques").param("date", "2026-12-03").param("title", "Tout de suite")
                .param("publishMorning", "on")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select publish_at from diary.homework where title = 'Tout de suite'")
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(wednesday);
    }

    private java.util.List<String> titles(PreauUser pupil) {
        LocalDate from = LocalDate.of(2026, 11, 27);
        return book.pupilHomework(pupil, null, from, from.plusDays(10), 0, 500).orElseThrow().homework().stream()
                .map(h -> h.title()).toList();
    }
}
