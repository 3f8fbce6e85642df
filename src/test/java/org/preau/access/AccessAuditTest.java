package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.access.AccessAudit.Change;
import org.preau.access.AccessAudit.Entry;
import org.preau.directory.Directory;
import org.preau.directory.Profile;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every change admins make to the access model is recorded (who, when, where, what: ids only)
 * and searchable on the console's audit page: the central admin sees all, a local admin their
 * structures' changes only, and a refused change records nothing.
 */
@PreauSpringTest
class AccessAuditTest {

    @Autowired
    AccessAudit audit;
    @Autowired
    CommunicationRules rules;
    @Autowired
    KillSwitch killSwitch;
    @Autowired
    RightsAdmin rightsAdmin;
    @Autowired
    RolesAdmin roles;
    @Autowired
    Rights rights;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    DemoPeople demo;

    @BeforeEach
    void people() {
        demo = new DemoPeople(jdbc, directory);
        jdbc.sql("delete from access.audit").update();
    }

    @AfterEach
    void restore() {
        demo.restoreDefaultRules();
        SeededRules.restore(jdbc, rights);
    }

    @Test
    void eachKindOfChangeIsRecordedWithWhoWhereAndWhat() {
        var anne = demo.user("anne.bernard");
        var central = demo.user("admin.region");
        var college = demo.structure(DemoPeople.COLLEGE);
        var sixA = demo.classId("6A");
        var parents = new CommunicationTemplate(CommunicationScope.CLASS, Profile.RELATIVE, Profile.RELATIVE);

        assertThat(rules.set(anne, college, sixA, parents, true)).isTrue();
        assertThat(rules.set(demo.user("marc.petit"), college, null, parents, true)).as("refused").isFalse();
        assertThat(rules.addLink(anne, "class:" + sixA + ":STUDENT", "class:" + demo.classId("6B") + ":STUDENT", false))
                .isEqualTo(CommunicationRules.LinkOutcome.ADDED);
        assertThat(killSwitch.suspend(anne, college, KillSwitch.Mode.PUPILS, "Incident avec des noms")).isTrue();
        assertThat(killSwitch.lift(anne, college)).isTrue();
        assertThat(rightsAdmin.grant(anne, college, "class:" + sixA + ":TEACHER", AccessDemo.DIRECTORY_ROLE))
                .isEqualTo(RightsAdmin.Granted.DONE);
        UUID role = roles.save(central, null, "Annuaire seul", Set.of("directory.search")).id();
        assertThat(rules.setDefault(central, parents, false, true)).isTrue();

        var all = audit.search(central, null, null, 50);
        assertThat(all).extracting(Entry::change).containsExactly(Change.RULE_DEFAULT_SET, Change.ROLE_SAVED,
                Change.ROLE_GRANTED, Change.COMMUNICATIONS_RESTORED, Change.COMMUNICATIONS_SUSPENDED, Change.LINK_ADDED,
                Change.RULE_SET);
        Entry rule = all.get(all.size() - 1);
        assertThat(rule.actor()).isEqualTo(anne.personId());
        assertThat(rule.structure()).isEqualTo(college);
        assertThat(rule.detail()).isEqualTo("rule=CLASS:RELATIVE>RELATIVE class=" + sixA + " allowed=true");
        assertThat(all.get(1).structure()).as("a role is the territory's").isNull();
        assertThat(all.get(1).detail()).contains("role=" + role, "actions=directory.search");
        assertThat(all).extracting(Entry::detail).as("the reason is not recorded, only the mode")
                .contains("mode=PUPILS").noneMatch(d -> d.contains("Incident"));

        assertThat(audit.search(anne, null, null, 50)).as("her structure's changes only")
                .extracting(Entry::change).containsExactly(Change.ROLE_GRANTED, Change.COMMUNICATIONS_RESTORED,
                        Change.COMMUNICATIONS_SUSPENDED, Change.LINK_ADDED, Change.RULE_SET);
        assertThat(audit.search(anne, Change.RULE_SET, college, 50)).hasSize(1);
        assertThat(audit.search(demo.user("marc.petit"), null, null, 50)).as("another school's admin").isEmpty();
        assertThat(audit.search(demo.user("paul.martin"), null, null, 50)).isEmpty();
    }

    @Test
    void theAuditPageSearchesTheChanges() throws Exception {
        var college = demo.structure(DemoPeople.COLLEGE);
        assertThat(killSwitch.suspend(demo.user("anne.bernard"), college, KillSwitch.Mode.ALL, "Incident")).isTrue();
        assertThat(rules.addLink(demo.user("anne.bernard"), "class:" + demo.classId("6A") + ":STUDENT",
                "class:" + demo.classId("6B") + ":STUDENT", true)).isEqualTo(CommunicationRules.LinkOutcome.ADDED);
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/audit").param("change", "COMMUNICATIONS_SUSPENDED").param("structure", college.toString())
                        .cookie(anne))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Modifications des droits et des communications"),
                        containsString("data-change=\"COMMUNICATIONS_SUSPENDED\""), containsString("mode=ALL"),
                        not(containsString("data-change=\"LINK_ADDED\"")))));
        mvc.perform(get("/admin/audit").cookie(DemoAccounts.login(mvc, "marc.petit")))
                .andExpect(content().string(allOf(containsString("Aucune modification à afficher."),
                        not(containsString("mode=ALL")))));
        mvc.perform(get("/admin/audit").param("change", "NOPE").cookie(anne)).andExpect(status().isNotFound());
    }
}
