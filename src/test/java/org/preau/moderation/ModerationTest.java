package org.preau.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.Messaging;
import org.preau.moderation.Reports.Decision;
import org.preau.moderation.Reports.Outcome;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports of messages: evidence kept, routed to the moderators of the structure the sender and
 * the reporter share (and to no one of another school), neutralized for every reader at once,
 * restored, dismissed; what one cannot see cannot be reported.
 */
@PreauSpringTest
class ModerationTest {

    @Autowired
    Reports reports;
    @Autowired
    Messaging messaging;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    ModerationScenario fx;

    @BeforeEach
    void scenario() {
        fx = new ModerationScenario(jdbc, directory, messaging);
    }

    @Test
    void aParentReportsAMessageItsSchoolsAdminNeutralizesItAndItLeavesEveryInboxAndTimeline() {
        UUID message = fx.offensiveMessage("Menaces");
        await().until(() -> fx.notices(message) >= 2);

        UUID report = reports.report(fx.user("sophie.durand"), "MESSAGE", message, "THREAT: il menace mon fils")
                .orElseThrow();

        var anne = fx.user("anne.bernard");
        assertThat(reports.queue(anne, "OPEN", null)).extracting(Reports.Item::id).contains(report);
        var detail = reports.detail(anne, report).orElseThrow();
        assertThat(detail.item().title()).isEqualTo("Menaces");
        assertThat(detail.item().authorName()).isEqualTo("Paul Martin");
        assertThat(detail.body()).contains("Un texte à signaler");
        assertThat(detail.recipients()).isEqualTo(2);
        assertThat(detail.sha256()).hasSize(64);
        assertThat(detail.item().structureName()).isEqualTo("Collège Victor Hugo");

        assertThat(reports.decide(anne, report, Decision.NEUTRALIZE)).isEqualTo(Outcome.DONE);
        assertThat(fx.inInbox("sophie.durand", message)).isFalse();
        assertThat(fx.inInbox("lucas.durand", message)).isFalse();
        assertThat(fx.readable("lucas.durand", message)).isFalse();
        assertThat(messaging.search(fx.user("lucas.durand"), "Menaces", 10)).isEmpty();
        await().until(() -> fx.notices(message) == 0);
        // its sender keeps his copy, told it is hidden
        assertThat(fx.readable("paul.martin", message)).isTrue();
        assertThat(reports.queue(anne, "OPEN", null)).extracting(Reports.Item::id).doesNotContain(report);
        assertThat(reports.queue(anne, "CLOSED", null)).extracting(Reports.Item::decision).contains("NEUTRALIZED");
        assertThat(reports.decide(anne, report, Decision.NEUTRALIZE)).isEqualTo(Outcome.CONFLICT);

        assertThat(reports.decide(anne, report, Decision.RESTORE)).isEqualTo(Outcome.DONE);
        assertThat(fx.inInbox("sophie.durand", message)).isTrue();
        assertThat(fx.inInbox("lucas.durand", message)).isTrue();
        assertThat(reports.detail(anne, report).orElseThrow().history()).extracting(Reports.HistoryLine::decision)
                .containsExactly("NEUTRALIZED", "RESTORED");
    }

    @Test
    void theEvidenceOutlivesTheMessageAndCannotBeChangedThroughAnotherReport() {
        UUID message = fx.offensiveMessage("Preuve");
        UUID first = reports.report(fx.user("sophie.durand"), "MESSAGE", message, "HARASSMENT").orElseThrow();
        String hash = reports.detail(fx.user("anne.bernard"), first).orElseThrow().sha256();
        jdbc.sql("delete from messaging.messages where id = :m").param("m", message).update();

        var detail = reports.detail(fx.user("anne.bernard"), first).orElseThrow();
        assertThat(detail.item().title()).isEqualTo("Preuve");
        assertThat(detail.sha256()).isEqualTo(hash);
    }

    @Test
    void aModeratorOfAnotherSchoolNeitherSeesNorDecides() {
        UUID message = fx.offensiveMessage("Autre école");
        UUID report = reports.report(fx.user("sophie.durand"), "MESSAGE", message, "SPAM").orElseThrow();
        var marc = fx.user("marc.petit");

        assertThat(reports.queue(marc, "OPEN", null)).extracting(Reports.Item::id).doesNotContain(report);
        assertThat(reports.detail(marc, report)).isEmpty();
        assertThat(reports.decide(marc, report, Decision.NEUTRALIZE)).isEqualTo(Outcome.NOT_FOUND);
        assertThat(fx.inInbox("sophie.durand", message)).isTrue();
        // the central admin sees every report
        assertThat(reports.queue(fx.user("admin.region"), "OPEN", null)).extracting(Reports.Item::id).contains(report);
    }

    @Test
    void onlyWhatOneReceivedCanBeReportedAndReportingTwiceAnswersTheFirstReport() {
        UUID message = fx.offensiveMessage("Deux fois");
        assertThat(reports.report(fx.user("paul.martin"), "MESSAGE", message, "OTHER")).isEmpty();
        assertThat(reports.report(fx.user("marc.petit"), "MESSAGE", message, "OTHER")).isEmpty();
        assertThat(reports.report(fx.user("sophie.durand"), "NEWS", message, "OTHER")).isEmpty();
        assertThat(reports.report(fx.user("sophie.durand"), "MESSAGE", UUID.randomUUID(), "OTHER")).isEmpty();

        UUID first = reports.report(fx.user("sophie.durand"), "MESSAGE", message, "OTHER").orElseThrow();
        assertThat(reports.report(fx.user("sophie.durand"), "MESSAGE", message, "SPAM")).contains(first);
        UUID second = reports.report(fx.user("lucas.durand"), "MESSAGE", message, "OTHER").orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(reports.detail(fx.user("anne.bernard"), first).orElseThrow().item().openReports()).isEqualTo(2);

        assertThat(reports.decide(fx.user("anne.bernard"), second, Decision.DISMISS)).isEqualTo(Outcome.DONE);
        assertThat(reports.queue(fx.user("anne.bernard"), "OPEN", null)).extracting(Reports.Item::id)
                .doesNotContain(first, second);
        assertThat(reports.decide(fx.user("anne.bernard"), first, Decision.RESTORE)).isEqualTo(Outcome.CONFLICT);
        assertThatThrownBy(() -> reports.report(fx.user("lucas.durand"), "MESSAGE", message, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportOfNoStructureReachesTheCentralAdminsAndNoLocalAdmin() {
        UUID report = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        jdbc.sql("""
                insert into moderation.evidence (type, target_id, author_name, title, body, recipients, created_at,
                    sha256, taken_at)
                values ('MESSAGE', :t, 'X', 'Sans établissement', '', '{}', now(), 'h', now())""")
                .param("t", target).update();
        jdbc.sql("""
                insert into moderation.reports (id, type, target_id, reporter_id, reason, reported_at)
                values (:id, 'MESSAGE', :t, gen_random_uuid(), 'OTHER', now())""")
                .param("id", report).param("t", target).update();

        assertThat(reports.queue(fx.user("admin.region"), "OPEN", null)).extracting(Reports.Item::id).contains(report);
        assertThat(reports.queue(fx.user("anne.bernard"), "OPEN", null)).extracting(Reports.Item::id)
                .doesNotContain(report);
        assertThat(reports.detail(fx.user("marc.petit"), report)).isEmpty();
    }
}
