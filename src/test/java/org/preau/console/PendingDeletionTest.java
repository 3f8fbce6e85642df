package org.preau.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Supprimer maintenant" on the console's pending deletions: a confirmation first, then the
 * person is deleted for good; only a person pending deletion, only by an admin of their school.
 */
@PreauSpringTest
class PendingDeletionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anAdminDeletesAPendingPersonNowAfterConfirming() throws Exception {
        UUID lucas = person("lucas.durand");
        UUID college = structure("0930002B");
        String url = "/admin/structures/" + college + "/pending/" + lucas + "/delete";
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(post(url).cookie(anne).with(csrf())).andExpect(status().isNotFound());

        jdbc.sql("update directory.persons set state = 'DETACHED', detached_at = :now, delete_after = :later where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("later", Timestamp.from(clock.instant().plus(Duration.ofDays(300)))).param("id", lucas).update();
        mvc.perform(get("/admin/structures/" + college + "/pending").cookie(anne))
                .andExpect(content().string(containsString("/pending/" + lucas + "/delete")));
        // the other school's admin has no right there (403, as every console page of a structure not theirs)
        mvc.perform(post(url).cookie(DemoAccounts.login(mvc, "marc.petit")).with(csrf()).param("confirmed", "true"))
                .andExpect(status().isForbidden());

        mvc.perform(post(url).cookie(anne).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"confirm-what\"")))
                .andExpect(content().string(containsString("<h1>Supprimer définitivement Lucas Durand ?</h1>")));
        assertThat(exists(lucas)).as("nothing is deleted before the confirmation").isTrue();

        mvc.perform(post(url).cookie(anne).with(csrf()).param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/structures/" + college + "/pending?deleted"));
        assertThat(exists(lucas)).isFalse();
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from identity.accounts where person_id = :id").param("id", lucas).query(Long.class)
                .single()).isZero());
    }

    private boolean exists(UUID person) {
        return jdbc.sql("select exists (select 1 from directory.persons where id = :id)").param("id", person)
                .query(Boolean.class).single();
    }

    private UUID person(String login) {
        return jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login).query(UUID.class)
                .single();
    }

    private UUID structure(String uai) {
        return jdbc.sql("select id from directory.structures where uai = :u").param("u", uai).query(UUID.class).single();
    }
}
