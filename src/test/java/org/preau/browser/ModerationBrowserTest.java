package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.diary.Diary;
import org.preau.diary.HomeworkDraft;
import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.Messaging;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.DemoPeople;
import org.preau.support.TestTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Reporting and neutralization: a parent reports a message she received, the collège's admin
 * finds it in the moderation queue, reads the evidence and neutralizes it; the parent and her son
 * no longer see it, its sender reads that it is hidden; the same for homework a parent reports.
 * Every page axe-clean, the queue on a phone.
 */
class ModerationBrowserTest extends BrowserTestSupport {

    @Autowired
    private Messaging messaging;
    @Autowired
    private Directory directory;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Diary diary;

    @Test
    void aParentReportsAMessageTheAdminNeutralizesItFromTheQueueAndItsRecipientsNoLongerSeeIt() {
        DemoData demo = new DemoData(jdbc);
        UUID message = messaging.send(user(demo, "paul.martin"), new Compose(
                List.of(demo.personId("sophie.durand").toString(), demo.personId("lucas.durand").toString()), List.of(),
                List.of(), "Message déplacé", "<p>Un texte à signaler</p>", true, null, null)).id();
        await().until(() -> messaging.read(user(demo, "sophie.durand"), message).isPresent()
                && messaging.read(user(demo, "lucas.durand"), message).isPresent());

        logIn("sophie.durand");
        page.navigate("/messages/" + message);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaler")).click();
        assertThat(page.locator("h1")).hasText("Signaler un contenu");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaler")).click();
        assertThat(page.locator("#report-error")).hasText("Choisissez la raison du signalement.");
        assertAccessible("the report form with its error");
        page.getByLabel("Harcèlement ou moquerie").check();
        page.getByLabel("Précisions (facultatif)").fill("Ce message vise mon fils.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaler")).click();
        assertThat(page.locator("#reported")).containsText("Message signalé");

        context.clearCookies();
        logIn("anne.bernard");
        page.navigate("/moderation");
        page.setViewportSize(MOBILE_WIDTH, 800);
        assertAccessible("the moderation queue, 360 px", MOBILE_WIDTH);
        page.setViewportSize(DESKTOP_WIDTH, 800);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Message déplacé")).click();
        assertThat(page.locator("#evidence")).containsText("Un texte à signaler");
        assertThat(page.locator("#report-facts")).containsText("Ce message vise mon fils.");
        assertAccessible("a report with its evidence");
        page.setViewportSize(MOBILE_WIDTH, 800);
        assertAccessible("a report with its evidence, 360 px", MOBILE_WIDTH);
        page.setViewportSize(DESKTOP_WIDTH, 800);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neutraliser")).click();
        assertThat(page.locator("#decision-done")).hasText("Contenu neutralisé : plus personne ne le voit.");
        assertThat(page.locator("#report-state")).containsText("Neutralisé");

        for (String recipient : List.of("sophie.durand", "lucas.durand")) {
            context.clearCookies();
            logIn(recipient);
            page.navigate("/messages");
            assertThat(page.locator("main")).not().containsText("Message déplacé");
            assertThat(page.locator("main")).isVisible();
        }
        context.clearCookies();
        logIn("paul.martin");
        page.navigate("/messages/" + message);
        assertThat(page.locator("#neutralized")).containsText("masqué par la modération");
    }

    @Test
    void aParentReportsHomeworkTheAdminNeutralizesItAndThePupilNoLongerSeesIt() {
        DemoData demo = new DemoData(jdbc);
        UUID homework = diary.createHomework(user(demo, "paul.martin"), HomeworkDraft.simple(
                new ClassId(demo.classId(DemoData.COLLEGE_UAI, "6A")), "Mathématiques", TestTime.today().plusDays(2),
                "Devoir déplacé", "Des consignes à signaler"));

        logIn("sophie.durand");
        page.navigate("/diary/homework/" + homework);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaler")).click();
        page.getByLabel("Harcèlement ou moquerie").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaler")).click();
        assertThat(page.locator("#reported")).containsText("Signalement envoyé");
        assertAccessible("a homework after its report");

        context.clearCookies();
        logIn("anne.bernard");
        page.navigate("/moderation");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mathématiques : Devoir déplacé")).click();
        assertThat(page.locator("#evidence")).containsText("Des consignes à signaler");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neutraliser")).click();
        assertThat(page.locator("#decision-done")).hasText("Contenu neutralisé : plus personne ne le voit.");

        context.clearCookies();
        logIn("lucas.durand");
        page.navigate("/diary/homework");
        assertThat(page.locator("main")).isVisible();
        assertThat(page.locator("main")).not().containsText("Devoir déplacé");
        context.clearCookies();
        logIn("paul.martin");
        page.navigate("/diary/homework/" + homework);
        assertThat(page.locator("#neutralized")).containsText("Masqué par la modération");
    }

    private PreauUser user(DemoData demo, String login) {
        return new DemoPeople(jdbc, directory).user(new PersonId(demo.personId(login)), login);
    }
}
