package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.access.CommunicationRules;
import org.preau.access.CommunicationScope;
import org.preau.access.CommunicationTemplate;
import org.preau.access.KillSwitch;
import org.preau.directory.Directory;
import org.preau.directory.Profile;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.messaging.MessagingProblem.Refusal;
import org.preau.platform.ClassId;
import org.preau.platform.StructureId;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messaging's recipients follow the access module's communication rules: what an admin opens
 * may be written to at once, what the rules close is refused by name, the picker proposes
 * exactly that, and the kill switch stops it.
 */
@PreauSpringTest
class RecipientReachTest {

    @Autowired
    Sending sending;
    @Autowired
    ComposeView view;
    @Autowired
    CommunicationRules rules;
    @Autowired
    KillSwitch killSwitch;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;

    MessagingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new MessagingFixtures(jdbc, directory);
        LocaleContextHolder.setLocale(Locale.FRENCH);
    }

    @AfterEach
    void restoreDefaults() {
        jdbc.sql("delete from access.communication_rules where structure_id is not null").update();
        jdbc.sql("delete from access.communication_links").update();
        jdbc.sql("delete from access.kill_switches").update();
    }

    private StructureId college() {
        return new StructureId(jdbc.sql("select id from directory.structures where uai = '0930002B'")
                .query(UUID.class).single());
    }

    /** A parent of a pupil of 6A who is not Sophie Durand, and their name. */
    private String otherParentOf6A() {
        UUID sophie = fx.id("sophie.durand").value();
        return fx.parentsOf("6A").stream().filter(id -> !id.equals(sophie)).sorted().findFirst().orElseThrow()
                .toString();
    }

    private String name(String id) {
        return jdbc.sql("select display_name from directory.persons where id = :id").param("id", UUID.fromString(id))
                .query(String.class).single();
    }

    private List<Refusal> refusals(String login, List<String> to) {
        try {
            sending.send(fx.user(login), null, Compose.html(to, "Bonjour", "<p>x</p>"), true);
        } catch (MessagingProblem problem) {
            assertThat(problem.reason()).isEqualTo(Reason.RECIPIENTS_REFUSED);
            return problem.refused();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aParentWritesToAnotherParentOnlyOnceARuleAllowsIt() {
        String other = otherParentOf6A();
        assertThat(refusals("sophie.durand", List.of(other)))
                .as("refused, named: a parent of her children's school")
                .containsExactly(new Refusal(other, name(other), true));
        assertThat(view.hits(fx.user("sophie.durand"), name(other))).extracting(ComposeView.Hit::id)
                .as("the picker does not propose them (others of a similar name may be proposed)").doesNotContain(other);

        var parents = new CommunicationTemplate(CommunicationScope.CLASS, Profile.RELATIVE, Profile.RELATIVE);
        assertThat(rules.set(fx.user("anne.bernard"), college(), new ClassId(UUID.fromString(fx.classId("6A"))),
                parents, true)).isTrue();

        assertThat(view.hits(fx.user("sophie.durand"), name(other))).extracting(ComposeView.Hit::id).contains(other);
        var sent = sending.send(fx.user("sophie.durand"), null, Compose.html(List.of(other), "Covoiturage", "<p>x</p>"),
                true);
        fx.awaitDelivered(sent.id(), 1);
        assertThat(fx.receivers(sent.id())).containsExactly(UUID.fromString(other));
    }

    @Test
    void aPupilWritesToAnotherClassOnlyOnceARuleOpensIt() {
        String sixB = fx.group("6B", "STUDENT");
        String pupil6B = fx.pupilOf("6B").personId().toString();
        assertThat(refusals("lucas.durand", List.of(sixB, pupil6B))).extracting(Refusal::id, Refusal::known)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(sixB, false),
                        org.assertj.core.groups.Tuple.tuple(pupil6B, true));
        assertThat(refusals("lucas.durand", List.of(pupil6B))).extracting(Refusal::label).containsExactly(name(pupil6B));

        assertThat(rules.addLink(fx.user("anne.bernard"), fx.group("6A", "STUDENT"), sixB, false))
                .isEqualTo(CommunicationRules.LinkOutcome.ADDED);

        // the send policy keeps classes for staff until the central admin gives them to pupils too
        assertThat(view.hits(fx.user("lucas.durand"), "6B")).noneMatch(h -> h.id().equals(sixB));
        jdbc.sql("update messaging.send_policy set groups = true, per_message = 100 where profile = 'STUDENT'").update();
        try {
            assertThat(view.hits(fx.user("lucas.durand"), "6B")).as("the whole class, with its size")
                    .anySatisfy(h -> {
                        assertThat(h.id()).isEqualTo(sixB);
                        assertThat(h.size()).isGreaterThan(1);
                    });
            sendToTheClass(sixB, pupil6B);
        } finally {
            jdbc.sql("update messaging.send_policy set groups = false, per_message = 5 where profile = 'STUDENT'").update();
        }
    }

    private void sendToTheClass(String sixB, String pupil6B) {
        var sent = sending.send(fx.user("lucas.durand"), null, Compose.html(List.of(sixB, pupil6B), "Match", "<p>x</p>"),
                true);
        int pupils = jdbc.sql("""
                select count(*) from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.person_profiles pp on pp.person_id = m.person_id and pp.profile = 'STUDENT'
                join directory.persons p on p.id = m.person_id and p.state = 'ACTIVE' where c.name = '6B'""")
                .query(Integer.class).single();
        assertThat(sent.recipients()).as("each pupil once").isEqualTo(pupils);
        fx.awaitDelivered(sent.id(), pupils);
    }

    @Test
    void aClassGoesToEachParentOnceAndAnotherSchoolStaysUnnamed() {
        var paul = fx.user("paul.martin");
        var sent = sending.send(paul, null, Compose.html(List.of(fx.group("6A", "RELATIVE"), fx.group("5A", "RELATIVE"),
                fx.id("sophie.durand").toString()), "Réunion", "<p>x</p>"), true);
        List<UUID> parents = new java.util.ArrayList<>(fx.parentsOf("6A"));
        fx.parentsOf("5A").stream().filter(p -> !parents.contains(p)).forEach(parents::add);
        fx.awaitDelivered(sent.id(), parents.size());
        assertThat(fx.receivers(sent.id())).containsExactlyInAnyOrderElementsOf(parents);

        String ecolePupil = fx.pupilOf("CE1").personId().toString();
        assertThat(refusals("paul.martin", List.of(ecolePupil, fx.group("CE1", "STUDENT"))))
                .as("another school: refused by id, no name given away")
                .extracting(Refusal::label, Refusal::known)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ecolePupil, false),
                        org.assertj.core.groups.Tuple.tuple(fx.group("CE1", "STUDENT"), false));
    }

    @Test
    void theKillSwitchStopsWhatItSuspends() {
        String classmate = fx.pupilOf("6A").personId().toString();
        String paul = fx.id("paul.martin").toString();
        assertThat(killSwitch.suspend(fx.user("anne.bernard"), college(), KillSwitch.Mode.PUPILS, "Incident")).isTrue();
        assertThat(refusals("lucas.durand", List.of(classmate, paul))).extracting(Refusal::id).containsExactly(classmate);
        assertThat(view.hits(fx.user("lucas.durand"), name(classmate))).extracting(ComposeView.Hit::id)
                .doesNotContain(classmate);
        assertThat(killSwitch.suspend(fx.user("anne.bernard"), college(), KillSwitch.Mode.ALL, "Incident")).isTrue();
        assertThat(refusals("lucas.durand", List.of(paul))).extracting(Refusal::id).containsExactly(paul);
    }

    @Test
    void thePickerProposesAPupilOnlyWhatTheSendWouldAccept() {
        var lucas = fx.user("lucas.durand");
        List<String> proposed = new java.util.ArrayList<>();
        for (String q : List.of("ma", "le", "an", "de", "ar", "en", "6", "5", "4", "3", "personnel", "parent", "élève",
                "enseignant", "Collège", "Durand", "Martin", "Bernard")) {
            view.hits(lucas, q).forEach(h -> proposed.add(h.id()));
        }
        assertThat(proposed).as("the picker proposes something").isNotEmpty();
        var refused = rules(lucas, proposed.stream().distinct().toList());
        assertThat(refused).as("nothing proposed that the send refuses").isEmpty();

        // his class closes pupil-to-pupil messages, and the school pupil-to-teacher: the picker follows
        ClassId sixA = new ClassId(UUID.fromString(fx.classId("6A")));
        assertThat(rules.set(fx.user("anne.bernard"), college(), sixA,
                new CommunicationTemplate(CommunicationScope.CLASS, Profile.STUDENT, Profile.STUDENT), false)).isTrue();
        assertThat(rules.set(fx.user("anne.bernard"), college(), null,
                new CommunicationTemplate(CommunicationScope.CLASS, Profile.STUDENT, Profile.TEACHER), false)).isTrue();
        String classmate = fx.pupilOf("6A").personId().toString();
        proposed.clear();
        for (String q : List.of(name(classmate), "Martin", "ma", "le", "an", "6A", "élèves")) {
            view.hits(lucas, q).forEach(h -> proposed.add(h.id()));
        }
        assertThat(rules(lucas, proposed.stream().distinct().toList())).as("nothing the send refuses").isEmpty();

        // everything suspended in his school: only what the send still accepts (nothing) is proposed
        assertThat(killSwitch.suspend(fx.user("anne.bernard"), college(), KillSwitch.Mode.ALL, "Incident")).isTrue();
        for (String q : List.of("Martin", "Bernard", "ma", "le", "an", "personnel", "enseignants", "6A")) {
            assertThat(rules(lucas, view.hits(lucas, q).stream().map(ComposeView.Hit::id).toList()))
                    .as("nothing the send refuses for " + q).isEmpty();
        }
    }

    @Autowired
    RecipientRules recipientRules;

    private List<String> rules(org.preau.platform.PreauUser user, List<String> ids) {
        return recipientRules.check(user, ids.stream().map(id -> new RecipientRules.RecipientRef(
                MessageViews.Kind.TO, id)).toList()).refused().stream().map(r -> r.ref().id() + " " + r.label()).toList();
    }

}
