package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.Profile;
import org.preau.platform.PersonId;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The territory's default rules on the demo territory, their edits, explicit rules between
 * groups and the kill switch, as {@link Reach} answers them.
 */
@PreauSpringTest
class ReachTest {

    @Autowired
    Reach reach;
    @Autowired
    CommunicationRules rules;
    @Autowired
    KillSwitch killSwitch;
    @Autowired
    Directory directory;
    @Autowired
    DirectoryAdmin directoryAdmin;
    @Autowired
    JdbcClient jdbc;

    DemoPeople demo;
    PersonId lucas;
    PersonId classmate;
    PersonId pupil6B;
    PersonId paul;

    @BeforeEach
    void people() {
        demo = new DemoPeople(jdbc, directory);
        lucas = demo.login("lucas.durand");
        classmate = demo.pupil("6A", 0);
        pupil6B = demo.pupil("6B", 0);
        paul = demo.login("paul.martin");
    }

    @AfterEach
    void restoreDefaults() {
        demo.restoreDefaultRules();
    }

    @Test
    void aPupilReachesClassmatesTheClassTeachersTheStaffAndTheirParentsOnly() {
        assertThat(reach.canReach(lucas, classmate)).isTrue();
        assertThat(reach.canReach(lucas, paul)).isTrue();
        assertThat(reach.canReach(lucas, demo.named("Nathalie Girard"))).as("teaches every class").isTrue();
        assertThat(reach.canReach(lucas, demo.named("Olivier Chevalier"))).as("staff").isTrue();
        assertThat(reach.canReach(lucas, demo.login("anne.bernard"))).as("principal").isTrue();
        assertThat(reach.canReach(lucas, demo.login("sophie.durand"))).as("his mother").isTrue();
        assertThat(reach.canReach(lucas, pupil6B)).isFalse();
        assertThat(reach.canReach(lucas, demo.named("Thomas Lambert"))).as("teaches 6B and 3B").isFalse();
        assertThat(reach.canReach(lucas, demo.parentOf(classmate))).as("a classmate's parent").isFalse();
        assertThat(reach.canReach(lucas, demo.login("emma.durand"))).as("his sister, in the école").isFalse();
    }

    @Test
    void aParentReachesTheirChildrenTheirTeachersAndTheStaffButNotAnotherParent() {
        PersonId sophie = demo.login("sophie.durand");
        assertThat(reach.canReach(sophie, lucas)).isTrue();
        assertThat(reach.canReach(sophie, demo.login("emma.durand"))).isTrue();
        assertThat(reach.canReach(sophie, paul)).isTrue();
        assertThat(reach.canReach(sophie, demo.login("claire.leroy"))).as("Emma's teacher").isTrue();
        assertThat(reach.canReach(sophie, demo.named("Nicolas Durand"))).as("the children's father").isTrue();
        assertThat(reach.canReach(sophie, demo.login("marc.petit"))).as("staff of the école").isTrue();
        assertThat(reach.canReach(sophie, demo.otherParent("6A", sophie))).isFalse();
        assertThat(reach.canReach(sophie, classmate)).as("another child").isFalse();
        assertThat(reach.canReach(sophie, demo.named("Thomas Lambert"))).isFalse();
        PersonId otherParent = demo.parentOf(classmate);
        assertThat(reach.canReach(otherParent, paul)).isTrue();
        assertThat(reach.canReach(otherParent, sophie)).isFalse();
    }

    @Test
    void teachersAndStaffReachEveryoneOfTheirSchoolAndNobodyOfAnother() {
        PersonId ecolePupil = demo.pupil("CM2", 0);
        PersonId claire = demo.login("claire.leroy");
        assertThat(reach.canReach(paul, pupil6B)).isTrue();
        assertThat(reach.canReach(paul, demo.otherParent("3B", paul))).isTrue();
        assertThat(reach.canReach(demo.login("anne.bernard"), pupil6B)).isTrue();
        assertThat(reach.canReach(paul, ecolePupil)).isFalse();
        assertThat(reach.canReach(paul, claire)).isFalse();
        assertThat(reach.canReach(demo.login("anne.bernard"), demo.login("marc.petit"))).isFalse();
        assertThat(reach.canReach(claire, paul)).isFalse();
        assertThat(reach.canReach(demo.login("marc.petit"), lucas)).isFalse();
        assertThat(reach.canReach(demo.pupil("CM2", 1), lucas)).isFalse();
        assertThat(reach.canReach(demo.login("admin.region"), ecolePupil)).as("the central admin").isTrue();
    }

    @Test
    void aRuleBetweenSchoolsOpensOneWayOnly() {
        var admin = demo.user("admin.region");
        String ecoleTeachers = "structure:" + demo.structure(DemoPeople.ECOLE) + ":TEACHER";
        String collegeTeachers = "structure:" + demo.structure(DemoPeople.COLLEGE) + ":TEACHER";
        assertThat(rules.addLink(demo.user("marc.petit"), ecoleTeachers, collegeTeachers, false))
                .as("a local admin may not join two schools").isEqualTo(CommunicationRules.LinkOutcome.NOT_ALLOWED);
        assertThat(rules.addLink(admin, ecoleTeachers, collegeTeachers, false)).isEqualTo(CommunicationRules.LinkOutcome.ADDED);
        assertThat(reach.canReach(demo.login("claire.leroy"), paul)).isTrue();
        assertThat(reach.canReach(paul, demo.login("claire.leroy"))).isFalse();
        assertThat(reach.canReach(demo.login("claire.leroy"), lucas)).isFalse();
    }

    @Test
    void editsTakeEffectAtOnceAndClassOverridesWin() {
        var anne = demo.user("anne.bernard");
        var pupils = new CommunicationTemplate(CommunicationScope.CLASS, Profile.STUDENT, Profile.STUDENT);
        assertThat(rules.set(anne, demo.structure(DemoPeople.COLLEGE), demo.classId("6A"), pupils, false)).isTrue();
        assertThat(reach.canReach(lucas, classmate)).isFalse();
        assertThat(reach.canReach(demo.pupil("6B", 1), pupil6B)).as("6B keeps the structure's rule").isTrue();
        assertThat(reach.canReach(lucas, paul)).isTrue();

        assertThat(rules.set(anne, demo.structure(DemoPeople.COLLEGE), null, pupils, false)).isTrue();
        assertThat(rules.set(anne, demo.structure(DemoPeople.COLLEGE), demo.classId("6A"), pupils, true)).isTrue();
        assertThat(reach.canReach(lucas, classmate)).as("the class override wins").isTrue();
        assertThat(reach.canReach(demo.pupil("6B", 1), pupil6B)).isFalse();

        var acrossClasses = new CommunicationTemplate(CommunicationScope.STRUCTURE, Profile.STUDENT, Profile.STUDENT);
        assertThat(rules.set(anne, demo.structure(DemoPeople.COLLEGE), null, acrossClasses, true)).isTrue();
        assertThat(reach.canReach(lucas, pupil6B)).isTrue();
        assertThat(reach.canReach(lucas, demo.pupil("CM2", 0))).as("still not another school").isFalse();
        assertThat(rules.reset(anne, demo.structure(DemoPeople.COLLEGE), null, acrossClasses)).isTrue();
        assertThat(reach.canReach(lucas, pupil6B)).isFalse();
    }

    @Test
    void aLocalAdminEditsOnlyTheirStructureAndNotWhatTheTerritoryLocked() {
        var marc = demo.user("marc.petit");
        var anne = demo.user("anne.bernard");
        var parents = new CommunicationTemplate(CommunicationScope.CLASS, Profile.RELATIVE, Profile.RELATIVE);
        assertThat(rules.set(marc, demo.structure(DemoPeople.COLLEGE), null, parents, true)).isFalse();
        assertThat(rules.set(anne, demo.structure(DemoPeople.COLLEGE), demo.classId("CE1"), parents, true))
                .as("a class of another school").isFalse();
        assertThat(rules.setDefault(anne, parents, true, false)).isFalse();

        assertThat(rules.set(anne, demo.structure(DemoPeople.COLLEGE), demo.classId("6A"), parents, true)).isTrue();
        PersonId sophie = demo.login("sophie.durand");
        assertThat(reach.canReach(sophie, demo.otherParent("6A", sophie))).isTrue();

        assertThat(rules.setDefault(demo.user("admin.region"), parents, false, true)).isTrue();
        assertThat(reach.canReach(sophie, demo.otherParent("6A", sophie))).as("the lock beats the override").isFalse();
        assertThat(rules.set(anne, demo.structure(DemoPeople.COLLEGE), null, parents, true)).isFalse();
    }

    @Test
    void aRuleBetweenGroupsOfTheStructureLetsTheirMembersReachEachOther() {
        var anne = demo.user("anne.bernard");
        String sixA = "class:" + demo.classId("6A") + ":STUDENT";
        String sixB = "class:" + demo.classId("6B") + ":STUDENT";
        assertThat(rules.addLink(anne, sixA, sixB, true)).isEqualTo(CommunicationRules.LinkOutcome.ADDED);
        assertThat(reach.canReach(lucas, pupil6B)).isTrue();
        assertThat(reach.canReach(pupil6B, lucas)).isTrue();
        assertThat(rules.addLink(anne, sixA, "class:" + demo.classId("CE1") + ":STUDENT", false))
                .isEqualTo(CommunicationRules.LinkOutcome.NOT_ALLOWED);
        assertThat(rules.addLink(anne, sixA, "group:" + java.util.UUID.randomUUID(), false))
                .isEqualTo(CommunicationRules.LinkOutcome.UNKNOWN_GROUP);
        var links = rules.links(anne, demo.structure(DemoPeople.COLLEGE), java.util.Locale.FRENCH);
        assertThat(links).hasSize(2);
        assertThat(rules.links(demo.user("marc.petit"), demo.structure(DemoPeople.COLLEGE), java.util.Locale.FRENCH)).isEmpty();
        assertThat(rules.removeLink(demo.user("marc.petit"), links.get(0).id())).isFalse();
        links.forEach(l -> assertThat(rules.removeLink(anne, l.id())).isTrue());
        assertThat(reach.canReach(lucas, pupil6B)).isFalse();
    }

    @Test
    void theKillSwitchSuspendsPupilsOrEveryoneButTheStaff() {
        var anne = demo.user("anne.bernard");
        var college = demo.structure(DemoPeople.COLLEGE);
        assertThat(killSwitch.suspend(demo.user("marc.petit"), college, KillSwitch.Mode.ALL, "Incident")).isFalse();
        assertThat(killSwitch.suspend(anne, college, KillSwitch.Mode.PUPILS, "   ")).isFalse();

        assertThat(killSwitch.suspend(anne, college, KillSwitch.Mode.PUPILS, "Harcèlement en cours d'examen")).isTrue();
        assertThat(reach.canReach(lucas, classmate)).isFalse();
        assertThat(reach.canReach(classmate, lucas)).isFalse();
        assertThat(reach.canReach(lucas, paul)).isTrue();
        assertThat(reach.canReach(paul, lucas)).isTrue();
        assertThat(reach.canReachGroup(lucas, "class:" + demo.classId("6A") + ":STUDENT").allowed()).isFalse();
        assertThat(killSwitch.noticesFor(lucas)).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo("Harcèlement en cours d'examen"));
        assertThat(killSwitch.noticesFor(demo.login("claire.leroy"))).isEmpty();

        assertThat(killSwitch.suspend(anne, college, KillSwitch.Mode.ALL, "Incident")).isTrue();
        assertThat(reach.canReach(lucas, paul)).isFalse();
        assertThat(reach.canReach(paul, lucas)).isFalse();
        assertThat(reach.canReach(demo.login("sophie.durand"), lucas)).as("family in the suspended school").isFalse();
        assertThat(reach.canReach(demo.login("sophie.durand"), demo.login("claire.leroy"))).as("the école goes on").isTrue();
        assertThat(reach.canReach(demo.login("anne.bernard"), lucas)).as("the staff explain").isTrue();
        assertThat(reach.canReach(demo.login("claire.leroy"), demo.login("emma.durand"))).isTrue();

        assertThat(killSwitch.lift(anne, college)).isTrue();
        assertThat(reach.canReach(lucas, classmate)).isTrue();
        assertThat(killSwitch.noticesFor(lucas)).isEmpty();
    }

    @Test
    void groupsMayBeWrittenToWhenEveryMemberIsReached() {
        String parents6A = "class:" + demo.classId("6A") + ":RELATIVE";
        var byPaul = reach.canReachGroup(paul, parents6A);
        assertThat(byPaul.allowed()).isTrue();
        assertThat(byPaul.members()).isGreaterThan(25).isEqualTo(byPaul.reachable());
        var byLucas = reach.canReachGroup(lucas, parents6A);
        assertThat(byLucas.allowed()).isFalse();
        assertThat(byLucas.reachable()).as("his own parents").isEqualTo(2);
        assertThat(reach.canReachGroup(lucas, "class:" + demo.classId("6A") + ":STUDENT"))
                .isEqualTo(new Reach.GroupReach(true, 25, 25));
        assertThat(reach.canReachGroup(lucas, "class:" + demo.classId("6B") + ":STUDENT").allowed()).isFalse();
    }

    @Test
    void blockedPeopleAreReachedByNobody() {
        assertThat(directoryAdmin.setBlocked(demo.user("anne.bernard"), classmate, true)).isTrue();
        assertThat(reach.canReach(lucas, classmate)).isFalse();
        assertThat(reach.canReach(classmate, lucas)).isFalse();
        directoryAdmin.setBlocked(demo.user("anne.bernard"), classmate, false);
        assertThat(reach.canReach(lucas, classmate)).isTrue();
    }
}
