package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.platform.PreauUser;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The send policy: a pupil writes to persons only, five at most a message, twenty messages an hour
 * and sixty people a day; beyond, a 429 with when to retry, never a silent "confirmed"; a teacher
 * writes to classes. The central admin sets it in the console.
 */
@PreauSpringTest
class SendPolicyTest {

    @Autowired
    Sending sending;
    @Autowired
    ComposeView compose;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    MockMvc mvc;

    MessagingFixtures fx;

    /** Each test starts from the default policy and a pupil who sent nothing yet. */
    @BeforeEach
    void fixtures() {
        fx = new MessagingFixtures(jdbc, directory);
        jdbc.sql("delete from messaging.messages where sender_id = :p").param("p", fx.id("lucas.durand").value())
                .update();
        jdbc.sql("""
                update messaging.send_policy p set groups = d.groups, per_message = d.m, per_hour = d.h, per_day = d.d
                from (values ('STUDENT', false, 5, 20, 60), ('GUEST', false, 5, 20, 60), ('RELATIVE', true, 20, 30, 150),
                             ('TEACHER', true, 5000, 200, 20000), ('PERSONNEL', true, 5000, 200, 20000))
                     as d (profile, groups, m, h, d) where p.profile = d.profile""").update();
    }

    /** People Lucas may write to: his class's teachers and classmates, as many as asked. */
    private List<String> reachable(PreauUser lucas, int count) {
        List<String> candidates = jdbc.sql("""
                select distinct m.person_id::text from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.persons p on p.id = m.person_id
                where c.name = '6A' and p.state = 'ACTIVE' and m.person_id <> :me order by 1""")
                .param("me", lucas.personId().value()).query(String.class).list();
        var decision = sending.send(lucas, null, message(List.of(candidates.getFirst()), "probe"), true);
        assertThat(decision.recipients()).isEqualTo(1);
        return candidates.subList(1, 1 + count);
    }

    private static Compose message(List<String> to, String subject) {
        return new Compose(to, List.of(), List.of(), subject, "Bonjour", false, null, null);
    }

    @Test
    void aPupilWritesToPersonsOnlyFiveAtMostAndTheClassIsNotOffered() {
        var lucas = fx.user("lucas.durand");
        assertThatThrownBy(() -> sending.send(lucas, null, message(List.of(fx.group("6A", "STUDENT")), "Tous"), true))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.GROUPS_NOT_ALLOWED));
        assertThatThrownBy(() -> sending.send(lucas, null, message(reachable(lucas, 6), "Six"), true))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.TOO_MANY_FOR_PROFILE));
        assertThat(compose.hits(lucas, "6A")).noneMatch(ComposeView.Hit::group);
        // a teacher writes to the class
        var paul = fx.user("paul.martin");
        assertThat(sending.send(paul, null, message(List.of(fx.group("6A", "STUDENT")), "À la classe"), true)
                .recipients()).isGreaterThan(5);
        assertThat(compose.hits(paul, "6A")).anyMatch(ComposeView.Hit::group);
    }

    @Test
    void theTwentyFirstMessageOfTheHourIsRefusedWithWhenToRetryAndTheApiSays429() throws Exception {
        var lucas = fx.user("lucas.durand");
        String to = reachable(lucas, 1).getFirst();
        for (int i = 2; i <= 20; i++) {
            sending.send(lucas, null, message(List.of(to), "Message " + i), true);
        }
        assertThatThrownBy(() -> sending.send(lucas, null, message(List.of(to), "De trop"), true))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> {
                    assertThat(p.reason()).isEqualTo(Reason.HOURLY_CAP);
                    assertThat(p.retryAfter()).isBetween(60L, 3600L);
                });
        var session = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(post("/api/v1/messages").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "fr")
                        .content("{\"to\": [\"" + to + "\"], \"subject\": \"API\", \"body\": \"x\"}"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("20 messages dans l'heure")));
        // accepted: sent, or held from the hard threshold on (SendWatch), never more than the cap
        assertThat(jdbc.sql("select count(*) from messaging.messages where sender_id = :p and state in ('SENT', 'HELD')")
                .param("p", lucas.personId().value()).query(Long.class).single()).isEqualTo(20);
    }

    @Test
    void sixtyPeopleADayThenTheDailyCap() {
        var lucas = fx.user("lucas.durand");
        List<String> five = reachable(lucas, 5);
        // the probe reached one person: 11 messages to five more make 56, a 12th would make 61
        for (int i = 0; i < 11; i++) {
            sending.send(lucas, null, message(five, "Cinq " + i), true);
        }
        assertThatThrownBy(() -> sending.send(lucas, null, message(five, "Cinq de trop"), true))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.DAILY_CAP));
        sending.send(lucas, null, message(five.subList(0, 4), "Quatre"), true);
    }

    @Test
    void theCentralAdminSetsThePolicyAndALocalAdminOnlyReadsIt() throws Exception {
        var admin = DemoAccounts.login(mvc, "admin.region");
        mvc.perform(get("/admin/messaging").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("perHour_STUDENT")));
        var form = post("/admin/messaging/send-policy").cookie(admin).with(csrf());
        for (String profile : List.of("STUDENT", "RELATIVE", "TEACHER", "PERSONNEL", "GUEST")) {
            form.param("perMessage_" + profile, "3").param("perHour_" + profile, "10").param("perDay_" + profile, "30");
        }
        form.param("groups_TEACHER", "true");
        mvc.perform(form).andExpect(redirectedUrl("/admin/messaging?policySaved"));
        var policy = jdbc.sql("select per_hour from messaging.send_policy where profile = 'STUDENT'").query(Integer.class)
                .single();
        assertThat(policy).isEqualTo(10);
        assertThat(jdbc.sql("select groups from messaging.send_policy where profile = 'PERSONNEL'")
                .query(Boolean.class).single()).isFalse();

        mvc.perform(post("/admin/messaging/send-policy").cookie(admin).with(csrf()).param("perMessage_STUDENT", "0"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("policy-invalid")));
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(post("/admin/messaging/send-policy").cookie(anne).with(csrf()).param("perMessage_STUDENT", "9"))
                .andExpect(status().isNotFound());
    }
}
