package org.preau.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.identity.ActivationCodes;
import org.preau.platform.PersonId;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Activation letters: codes for the class's families, shown once, stored hashed, replaced on reprint. */
@PreauSpringTest
class ActivationLettersTest {

    private static final Pattern LETTER = Pattern.compile("data-login=\"([a-z0-9.-]+)\"[\\s\\S]*?class=\"code\">([A-Z0-9]{5})-([A-Z0-9]{5})<");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivationCodes codes;

    private String sixA() {
        return jdbc.sql("select id from directory.classes where name = '6A'").query(UUID.class).single().toString();
    }

    private PersonId person(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    @Test
    void lettersGoToEveryFamilyNotYetActivatedWithCodesShownOnceAndStoredHashed() throws Exception {
        var admin = DemoAccounts.login(mvc, "anne.bernard");
        // first what will happen, nothing issued yet
        String before = jdbc.sql("select string_agg(code_hash, ',' order by code_hash) from identity.activation_codes")
                .query(String.class).optional().orElse("");
        mvc.perform(post("/admin/classes/" + sixA() + "/letters").cookie(admin).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"confirm-what\"")))
                .andExpect(content().string(containsString("cesseront de fonctionner")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
        assertThat(jdbc.sql("select string_agg(code_hash, ',' order by code_hash) from identity.activation_codes")
                .query(String.class).optional().orElse("")).as("no code issued before the confirmation").isEqualTo(before);
        String html = mvc.perform(post("/admin/classes/" + sixA() + "/letters").cookie(admin).with(csrf())
                .param("confirmed", "true").header("Host", "evil.example"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        var letters = LETTER.matcher(html).results().toList();
        long notActivated = jdbc.sql("""
                select count(distinct a.person_id) from identity.accounts a where a.password_hash is null and a.person_id in (
                  select m.person_id from directory.class_members m join directory.classes c on c.id = m.class_id where c.name = '6A'
                  union select f.relative_id from directory.family_links f join directory.class_members m on m.person_id = f.child_id
                  join directory.classes c on c.id = m.class_id where c.name = '6A')""").query(Long.class).single();
        assertThat(letters).hasSize((int) notActivated).hasSizeGreaterThan(40);
        assertThat(html).as("the configured address, never the request's Host").contains(">http://localhost:8080<")
                .doesNotContain("evil.example");
        assertThat(html).doesNotContain("data-login=\"lucas.durand\"").doesNotContain("data-login=\"sophie.durand\"")
                .contains("data-login=\"nicolas.durand\"");

        var first = letters.getFirst();
        PersonId someone = person(first.group(1));
        String code = first.group(2) + first.group(3);
        assertThat(codes.matches(someone, code)).isTrue();
        assertThat(codes.matches(someone, first.group(2) + "-" + first.group(3).toLowerCase())).isTrue();
        assertThat(jdbc.sql("select count(*) from identity.activation_codes where code_hash like '%' || :c || '%'")
                .param("c", code).query(Long.class).single()).isZero();

        mvc.perform(post("/admin/classes/" + sixA() + "/letters").cookie(admin).with(csrf()).param("confirmed", "true"))
                .andExpect(status().isOk());
        assertThat(codes.matches(someone, code)).as("a new print replaces the old codes").isFalse();
    }

    @Test
    void onlyTheAdminsOfTheSchoolMayPrintAndOnlyWithAToken() throws Exception {
        mvc.perform(post("/admin/classes/" + sixA() + "/letters").cookie(DemoAccounts.login(mvc, "marc.petit"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/classes/" + sixA() + "/letters").cookie(DemoAccounts.login(mvc, "paul.martin"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/classes/" + sixA() + "/letters").cookie(DemoAccounts.login(mvc, "anne.bernard")))
                .andExpect(status().isForbidden());
    }
}
