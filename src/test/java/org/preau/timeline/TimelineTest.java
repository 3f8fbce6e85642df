package org.preau.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.ContactDetails;
import org.preau.directory.Directory;
import org.preau.identity.VerifiedEmails;
import org.preau.platform.ClassId;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.preau.platform.notification.NoticeRequested;
import org.preau.platform.notification.Recipients;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.preau.support.TestMailServer;
import org.preau.timeline.Notifications.Notice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The timeline: entries from events, feed and API, preferences, quiet hours through a week, digests. */
@PreauSpringTest
@Import(MovableClock.Config.class)
class TimelineTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    NoticeListener listener;
    @Autowired
    QuietHours quietHours;
    @Autowired
    MailDelivery delivery;
    @Autowired
    Directory directory;
    @Autowired
    VerifiedEmails emails;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from timeline.entries").update();
        jdbc.sql("delete from timeline.preferences").update();
        jdbc.sql("delete from timeline.structure_quiet_hours").update();
        jdbc.sql("delete from timeline.person_quiet_hours").update();
        jdbc.sql("delete from timeline.holidays").update();
    }

    private int entries(PersonId person, String link) {
        return jdbc.sql("select count(*) from timeline.entries where person_id = :p and link = :l and visible_at is not null")
                .param("p", person.value()).param("l", link).query(Integer.class).single();
    }

    private PersonId person(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    private StructureId structure(String uai) {
        return new StructureId(jdbc.sql("select id from directory.structures where uai = :u").param("u", uai)
                .query(UUID.class).single());
    }

    private ClassId classId(String name) {
        return new ClassId(jdbc.sql("select id from directory.classes where name = :n").param("n", name)
                .query(UUID.class).single());
    }

    private void at(LocalDateTime paris) {
        clock.set(paris.atZone(PeopleTime.ZONE).toInstant());
    }

    /** Monday 30 November 2026 at this time, plus days. */
    private static LocalDateTime monday(int plusDays, int hour, int minute) {
        return LocalDate.of(2026, 11, 30).plusDays(plusDays).atTime(hour, minute);
    }

    /** The notice the diary publishes for homework of a class, handled (at once) as the timeline's listener does. */
    private void publishHomework(UUID id, String className) {
        ClassId c = classId(className);
        notifications.notify(listener.notice(new NoticeRequested("diary.homework",
                Recipients.peopleAndTheirGuardians(directory.pupilsOf(c)), List.of("Mathématiques", "01/12/2026"),
                "/diary/homework/" + id, directory.schoolClass(c).orElseThrow().structure().id(),
                "diary.homework:" + id)));
    }

    @Test
    void publishedHomeworkReachesPupilsAndParentsOnceInTheFeedTheApiAndTheHeader() throws Exception {
        at(monday(0, 10, 0));
        UUID id = UUID.randomUUID();
        publishHomework(id, "6A");
        publishHomework(id, "6A");
        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/api/v1/timeline").cookie(sophie)).andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.items[0].type").value("diary.homework"))
                .andExpect(jsonPath("$.items[0].text").value("Nouveau devoir de Mathématiques pour le 01/12/2026"))
                .andExpect(jsonPath("$.items[0].link").value("/diary/homework/" + id));
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/").cookie(lucas)).andExpect(content().string(containsString("id=\"timeline-unread\"")))
                .andExpect(content().string(containsString("data-unread=\"1\"")));
        var emma = DemoAccounts.login(mvc, "emma.durand");
        mvc.perform(get("/api/v1/timeline").cookie(emma)).andExpect(jsonPath("$.unread").value(0));

        String entry = jdbc.sql("select id from timeline.entries where person_id = :p").param("p", person("lucas.durand").value())
                .query(UUID.class).single().toString();
        mvc.perform(post("/timeline/entries/" + entry + "/hide").cookie(emma).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/timeline/entries/" + entry + "/hide").cookie(lucas).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/timeline").cookie(lucas)).andExpect(jsonPath("$.unread").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void aThousandRecipientsAreToldInOneCallAndChoicesAreKept() {
        at(monday(0, 10, 0));
        List<PersonId> many = IntStream.range(0, 1000).mapToObj(i -> new PersonId(UUID.randomUUID())).toList();
        long start = System.nanoTime();
        assertThat(notifications.notify(new Notice("diary.homework", many, List.of("Français", "02/12/2026"),
                "/diary", null, "test:thousand"))).isEqualTo(1000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(notifications.unread(many.get(999))).isEqualTo(1);
    }

    @Test
    void theSettingsPageSavesChoicesAndNeverKeepsEntriesOutOfTheFeed() throws Exception {
        at(monday(0, 10, 0));
        var claire = DemoAccounts.login(mvc, "emma.durand");
        mvc.perform(get("/account/notifications").cookie(claire)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Devoirs à faire")));
        mvc.perform(post("/account/notifications").cookie(claire).with(csrf())
                .param("feed.diary.homework", "NEVER").param("mail.diary.homework", "NEVER"))
                .andExpect(status().is3xxRedirection());
        UUID ce1 = UUID.randomUUID();
        publishHomework(ce1, "CE1");
        assertThat(entries(person("emma.durand"), "/diary/homework/" + ce1)).isZero();
        assertThat(entries(person("sophie.durand"), "/diary/homework/" + ce1)).isOne();
        mvc.perform(get("/account/notifications").cookie(claire))
                .andExpect(content().string(containsString("value=\"NEVER\" selected")));
    }

    @Test
    void quietHoursThroughAWeekWithAnEnforcedScheduleAndAParentsSundays() {
        PersonId sophie = person("sophie.durand");
        StructureId college = structure("0930002B");
        StructureId ecole = structure("0930001A");
        at(monday(0, 10, 0));
        // defaults: 20:00–07:00 and weekends
        assertThat(quietHours.isQuiet(sophie, monday(0, 21, 0).atZone(PeopleTime.ZONE).toInstant())).isTrue();
        assertThat(quietHours.isQuiet(sophie, monday(1, 7, 30).atZone(PeopleTime.ZONE).toInstant())).isFalse();
        assertThat(quietHours.isQuiet(sophie, monday(5, 12, 0).atZone(PeopleTime.ZONE).toInstant())).isTrue();
        at(monday(4, 21, 0));
        assertThat(quietHours.nextDisturbance(sophie)).isEqualTo(monday(7, 7, 0).atZone(PeopleTime.ZONE).toInstant());

        // the collège enforces 19:00–07:30; Sophie only wants no notifications on Sundays
        quietHours.setStructureSchedule(college, new QuietSchedule(LocalTime.of(19, 0), LocalTime.of(7, 30),
                EnumSet.noneOf(DayOfWeek.class), true), true);
        quietHours.setPersonSchedule(sophie, new QuietSchedule(null, null, EnumSet.of(DayOfWeek.SUNDAY), false));
        assertThat(quietHours.isQuiet(sophie, monday(0, 19, 30).atZone(PeopleTime.ZONE).toInstant())).isTrue();
        assertThat(quietHours.isQuiet(sophie, monday(5, 10, 0).atZone(PeopleTime.ZONE).toInstant())).isFalse();
        assertThat(quietHours.isQuiet(sophie, monday(6, 10, 0).atZone(PeopleTime.ZONE).toInstant())).isTrue();
        assertThat(quietHours.isQuiet(sophie, monday(7, 7, 15).atZone(PeopleTime.ZONE).toInstant())).isTrue();
        at(monday(6, 9, 0));
        assertThat(quietHours.nextDisturbance(sophie)).isEqualTo(monday(7, 7, 30).atZone(PeopleTime.ZONE).toInstant());

        // deferred send: the école's next school morning skips the weekend and the holidays
        at(monday(4, 18, 0));
        assertThat(quietHours.outsideSchoolHours(ecole)).isFalse();
        assertThat(quietHours.nextSchoolMorning(ecole)).isEqualTo(monday(7, 7, 30).atZone(PeopleTime.ZONE).toInstant());
        quietHours.addHolidays(ecole, monday(7, 0, 0).toLocalDate(), monday(11, 0, 0).toLocalDate());
        assertThat(quietHours.nextSchoolMorning(ecole)).isEqualTo(monday(14, 7, 30).atZone(PeopleTime.ZONE).toInstant());
    }

    @Test
    void mailsWaitForTheEndOfQuietHoursAndDigestsGoOnceWithAWorkingUnsubscribeLink() throws Exception {
        // (the verification link mailed when the address is set may arrive too: only timeline mails count)
        PersonId sophie = person("sophie.durand");
        directory.updateContact(sophie, new ContactDetails("sophie.durand@example.org", null));
        emails.verified(sophie, "sophie.durand@example.org");
        jdbc.sql("insert into timeline.preferences (person_id, type, feed, mail) values (:p, 'diary.homework', 'IMMEDIATE', 'IMMEDIATE')")
                .param("p", sophie.value()).update();
        TestMailServer.clear();

        // Monday 21:00: quiet, nothing is mailed until Tuesday 07:00
        at(monday(0, 21, 0));
        publishHomework(UUID.randomUUID(), "6A");
        publishHomework(UUID.randomUUID(), "CE1");
        assertThat(delivery.deliver()).isZero();
        at(monday(1, 6, 59));
        assertThat(delivery.deliver()).isZero();
        at(monday(1, 7, 0));
        assertThat(delivery.deliver()).isEqualTo(1);
        assertThat(delivery.deliver()).isZero();
        await().untilAsserted(() -> assertThat(timelineMails("sophie.durand@example.org")).hasSize(1));
        String body = TestMailServer.body(timelineMails("sophie.durand@example.org").getFirst());
        assertThat(body).contains("Nouveau devoir de Mathématiques").contains("/timeline/unsubscribe?p=");

        // daily digest (the type's default) for Lucas: at 17:30, not before
        PersonId lucas = person("lucas.durand");
        directory.updateContact(lucas, new ContactDetails("lucas.durand@example.org", null));
        emails.verified(lucas, "lucas.durand@example.org");
        at(monday(1, 10, 0));
        publishHomework(UUID.randomUUID(), "6A");
        at(monday(1, 17, 29));
        delivery.deliver();
        assertThat(jdbc.sql("select count(*) from timeline.entries where person_id = :p and mailed_at is not null")
                .param("p", lucas.value()).query(Integer.class).single()).isZero();
        at(monday(1, 17, 30));
        delivery.deliver();
        await().untilAsserted(() -> assertThat(timelineMails("lucas.durand@example.org")).hasSize(1));

        String link = body.substring(body.indexOf("/timeline/unsubscribe?"));
        link = link.substring(0, link.indexOf('"')).replace("&amp;", "&");
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Me désabonner")));
        mvc.perform(get(link.replace("&s=", "&s=x"))).andExpect(status().isNotFound());
        var query = org.springframework.web.util.UriComponentsBuilder.fromUriString(link).build().getQueryParams();
        mvc.perform(post("/timeline/unsubscribe").with(csrf()).param("p", query.getFirst("p"))
                .param("t", query.getFirst("t")).param("s", query.getFirst("s")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"unsubscribed\"")));
        assertThat(jdbc.sql("select mail from timeline.preferences where person_id = :p and type = 'diary.homework'")
                .param("p", sophie.value()).query(String.class).single()).isEqualTo("NEVER");
    }

    /** The mails of the timeline sent to an address (the address's verification mail left out). */
    private static java.util.List<jakarta.mail.internet.MimeMessage> timelineMails(String address) {
        return TestMailServer.mailsTo(address).stream()
                .filter(m -> TestMailServer.body(m).contains("/timeline/unsubscribe?")).toList();
    }
}
