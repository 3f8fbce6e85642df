package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * New activation codes instead of a forgotten password: who may issue them (the rights in one
 * place), and what an admin on the console and a teacher on the class page get — a printed
 * code, the old password gone, the sessions ended, the audit kept.
 */
@PreauSpringTest
class CodeReissueTest {

    private static final Pattern CODE = Pattern.compile("<dd class=\"code\">([A-Z0-9]{5})-([A-Z0-9]{5})</dd>");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReissueRights rights;
    @Autowired
    Directory directory;
    @Autowired
    VerifiedEmails verified;

    private PreauUser user(String login) {
        PersonId id = RecoveryMails.person(jdbc, login);
        return new PreauUser(id, login, login, directory.roles(id), true, null);
    }

    private ClassId classOf(String uai, String name) {
        return new ClassId(jdbc.sql("""
                select c.id from directory.classes c join directory.structures s on s.id = c.structure_id
                where s.uai = :u and c.name = :n""").param("u", uai).param("n", name).query(UUID.class).single());
    }

    /** A pupil of the class other than the Durands. */
    private PersonId pupilOf(ClassId classId) {
        return new PersonId(jdbc.sql("""
                select p.id from directory.persons p join directory.class_members m on m.person_id = p.id
                join directory.person_profiles pp on pp.person_id = p.id and pp.profile = 'STUDENT'
                where m.class_id = :c and p.last_name <> 'Durand' order by p.id limit 1""")
                .param("c", classId.value()).query(UUID.class).single());
    }

    @Test
    void adminsResetThoseTheyAdministerButNeitherThemselvesNorAPeerAdmin() {
        var anne = user("anne.bernard");
        assertThat(rights.adminMay(anne, user("lucas.durand").personId())).isTrue();
        assertThat(rights.adminMay(anne, user("paul.martin").personId())).as("a teacher of her school").isTrue();
        assertThat(rights.adminMay(anne, user("emma.durand").personId())).as("a pupil of another school").isFalse();
        assertThat(rights.adminMay(anne, user("marc.petit").personId())).as("the admin of another school").isFalse();
        assertThat(rights.adminMay(anne, anne.personId())).as("herself").isFalse();
        assertThat(rights.adminMay(anne, user("admin.region").personId())).isFalse();
        var region = user("admin.region");
        assertThat(rights.adminMay(region, anne.personId())).as("the central admin, for a local admin").isTrue();
        assertThat(rights.adminMay(user("paul.martin"), user("lucas.durand").personId())).as("not an admin").isFalse();
    }

    private PersonId named(String first, String last) {
        return new PersonId(jdbc.sql("select id from directory.persons where first_name = :f and last_name = :l")
                .param("f", first).param("l", last).query(UUID.class).single());
    }

    private UUID structure(String uai) {
        return jdbc.sql("select id from directory.structures where uai = :u").param("u", uai).query(UUID.class).single();
    }

    @Test
    void aLocalAdminActsOnNobodyAnotherSchoolOrAPeerAdminAnswersForNorOnHerself() throws Exception {
        var anne = user("anne.bernard");
        PersonId sophie = user("sophie.durand").personId(); // a parent at the collège and at the école
        PersonId paul = user("paul.martin").personId();
        PersonId olivier = named("Olivier", "Chevalier");
        jdbc.sql("insert into directory.person_profiles (person_id, structure_id, profile) values (:p, :s, 'TEACHER')")
                .param("p", paul.value()).param("s", structure("0930001A")).update();
        jdbc.sql("insert into directory.functions (person_id, function, structure_id) values (:p, 'LOCAL_ADMIN', :s)")
                .param("p", olivier.value()).param("s", structure("0930002B")).update();
        try {
            assertThat(rights.adminMay(anne, sophie)).as("a parent of the école too").isFalse();
            assertThat(rights.adminMay(anne, paul)).as("a teacher of the école too").isFalse();
            assertThat(rights.adminMay(anne, olivier)).as("a peer admin").isFalse();
            assertThat(rights.adminMay(user("admin.region"), sophie)).as("the central admin").isTrue();
            var session = DemoAccounts.login(mvc, "anne.bernard");
            for (PersonId target : List.of(sophie, paul, olivier, anne.personId())) {
                for (String action : List.of("/reset-password", "/mfa/reset", "/sessions/end", "/unlock")) {
                    mvc.perform(post("/admin/persons/" + target + action).cookie(session).with(csrf()))
                            .andExpect(status().isForbidden());
                }
                mvc.perform(post("/admin/persons/" + target + "/state").param("blocked", "true").cookie(session).with(csrf()))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(get("/admin/persons/" + sophie).cookie(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"not-yours\"")))
                    .andExpect(content().string(not(containsString("id=\"reset-password\""))))
                    .andExpect(content().string(not(containsString("id=\"end-sessions\""))));
            DemoAccounts.login(mvc, "sophie.durand");
            DemoAccounts.login(mvc, "paul.martin");
            DemoAccounts.login(mvc, "anne.bernard");
            assertThat(jdbc.sql("select count(*) from directory.persons where id = :p and state = 'ACTIVE'")
                    .param("p", olivier.value()).query(Integer.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("delete from directory.person_profiles where person_id = :p and profile = 'TEACHER' and structure_id = :s")
                    .param("p", paul.value()).param("s", structure("0930001A")).update();
            jdbc.sql("delete from directory.functions where person_id = :p").param("p", olivier.value()).update();
        }
    }

    @Test
    void teachersRenewCodesOfThePupilsOfTheirClassesOnly() {
        var paul = user("paul.martin");
        ClassId sixA = classOf("0930002B", "6A");
        ClassId sixB = classOf("0930002B", "6B");
        ClassId ce1 = classOf("0930001A", "CE1");
        PersonId lucas = user("lucas.durand").personId();
        assertThat(rights.teacherMay(paul, sixA, lucas)).isTrue();
        assertThat(rights.teacherMay(paul, sixA, pupilOf(sixA))).isTrue();
        assertThat(rights.teacherMay(paul, sixA, pupilOf(sixB))).as("a pupil of a class he does not teach").isFalse();
        assertThat(rights.teacherMay(paul, sixB, pupilOf(sixB))).as("a class he does not teach").isFalse();
        assertThat(rights.teacherMay(paul, sixA, user("emma.durand").personId())).as("another school").isFalse();
        assertThat(rights.teacherMay(paul, ce1, user("emma.durand").personId())).isFalse();
        assertThat(rights.teacherMay(paul, sixA, user("sophie.durand").personId())).as("a parent").isFalse();
        assertThat(rights.teacherMay(paul, sixA, paul.personId())).as("himself").isFalse();
        assertThat(rights.teacherMay(user("claire.leroy"), ce1, user("emma.durand").personId())).isTrue();
        assertThat(rights.teacherMay(user("lucas.durand"), sixA, pupilOf(sixA))).as("a pupil").isFalse();
        assertThat(rights.teacherMay(user("anne.bernard"), sixA, lucas)).as("staff who do not teach").isFalse();
    }

    @Test
    void theLocalAdminResetsAPupilsPasswordAndPrintsTheNewCode() throws Exception {
        PersonId lucas = RecoveryMails.verifiedAddress(jdbc, verified, "lucas.durand", "lucas@example.org");
        var lucasSession = DemoAccounts.login(mvc, "lucas.durand");
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/persons/" + lucas).cookie(anne))
                .andExpect(content().string(containsString("Réinitialiser le mot de passe")));
        mvc.perform(post("/admin/persons/" + lucas + "/reset-password").cookie(anne).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"confirm-what\"")))
                .andExpect(content().string(containsString("Son adresse de courriel vérifiée est conservée")));
        DemoAccounts.login(mvc, "lucas.durand"); // asking is not doing
        String page = mvc.perform(post("/admin/persons/" + lucas + "/reset-password").cookie(anne).with(csrf())
                .param("confirmed", "true").header("Host", "evil.example"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("data-login=\"lucas.durand\"")))
                .andReturn().getResponse().getContentAsString();
        var code = CODE.matcher(page);
        assertThat(code.find()).as(page).isTrue();
        assertThat(page).contains(">http://localhost:8080<").doesNotContain("evil.example");

        mvc.perform(get("/").cookie(lucasSession)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").with(csrf()).param("username", "lucas.durand").param("password", DemoAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(verified.of(lucas)).as("an admin reset never drops the verified address").contains("lucas@example.org");
        assertThat(jdbc.sql("select count(*) from identity.audit_events where type = 'CODE_REISSUED' and person_id = :p and actor_id = :a")
                .param("p", lucas.value()).param("a", user("anne.bernard").personId().value())
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post("/activate").with(csrf()).param("login", "lucas.durand").param("code", code.group(1) + code.group(2)))
                .andExpect(redirectedUrl("/activate/password"));
    }

    @Test
    void theAdminOfAnotherSchoolGetsNotFoundAndChangesNothing() throws Exception {
        PersonId paulId = user("paul.martin").personId();
        var marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(post("/admin/persons/" + paulId + "/reset-password").cookie(marc).with(csrf()))
                .andExpect(status().isNotFound());
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(post("/admin/persons/" + user("marc.petit").personId() + "/reset-password").cookie(anne).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/persons/" + paulId + "/reset-password").cookie(anne))
                .andExpect(status().isForbidden());
        DemoAccounts.login(mvc, "paul.martin");
        DemoAccounts.login(mvc, "marc.petit");
    }

    @Test
    void aTeacherRenewsTheCodesOfPupilsOfTheClassAndNobodyElse() throws Exception {
        ClassId sixA = classOf("0930002B", "6A");
        ClassId sixB = classOf("0930002B", "6B");
        PersonId one = pupilOf(sixA);
        PersonId other = jdbc.sql("""
                select p.id from directory.persons p join directory.class_members m on m.person_id = p.id
                join directory.person_profiles pp on pp.person_id = p.id and pp.profile = 'STUDENT'
                where m.class_id = :c and p.last_name <> 'Durand' and p.id <> :one order by p.id limit 1""")
                .param("c", sixA.value()).param("one", one.value()).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                .single();
        var paul = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/classes/" + sixA).cookie(paul))
                .andExpect(content().string(containsString("Nouveaux codes pour les élèves cochés")))
                .andExpect(content().string(containsString("value=\"" + one + "\"")));
        mvc.perform(get("/classes/" + sixA).cookie(DemoAccounts.login(mvc, "sophie.durand"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Nouveau code"))));

        mvc.perform(post("/classes/" + sixA + "/codes").cookie(paul).with(csrf()).param("only", one.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nouveaux codes d&#39;activation – classe 6A")))
                .andExpect(content().string(containsString("Le mot de passe de cet élève a été retiré")));
        String two = mvc.perform(post("/classes/" + sixA + "/codes").cookie(paul).with(csrf())
                        .param("pupil", one.toString(), other.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(CODE.matcher(two).results().count()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from identity.audit_events where type = 'CODE_REISSUED' and actor_id = :a")
                .param("a", user("paul.martin").personId().value()).query(Integer.class).single()).isEqualTo(3);

        mvc.perform(post("/classes/" + sixA + "/codes").cookie(paul).with(csrf()))
                .andExpect(redirectedUrl("/classes/" + sixA + "?noneSelected"));
        for (var refused : List.of(List.of(sixA.toString(), pupilOf(sixB).toString()),
                List.of(sixB.toString(), pupilOf(sixB).toString()),
                List.of(sixA.toString(), user("emma.durand").personId().toString()),
                List.of(sixA.toString(), user("sophie.durand").personId().toString()),
                List.of(sixA.toString(), "not-an-id"), List.of("not-a-class", one.toString()))) {
            mvc.perform(post("/classes/" + refused.get(0) + "/codes").cookie(paul).with(csrf())
                    .param("pupil", one.toString(), refused.get(1))).andExpect(status().isNotFound());
        }
        DemoAccounts.login(mvc, "emma.durand");
        mvc.perform(post("/classes/" + sixA + "/codes").cookie(DemoAccounts.login(mvc, "sophie.durand")).with(csrf())
                .param("only", one.toString())).andExpect(status().isNotFound());
    }
}
