package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.Messaging;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A pupil's account floods: after fourteen messages in a few minutes the next one is held, and the
 * pupil reads why, on the box and on the compose page; the collège's admin finds it under
 * "Messages retenus" beside the moderation queue and releases it. Pages axe-clean.
 */
class HeldMessagesBrowserTest extends BrowserTestSupport {

    @Autowired
    private Messaging messaging;
    @Autowired
    private Directory directory;
    @Autowired
    private JdbcClient jdbc;

    /** Lucas's messages of this test go (recalled when delivered), so that the other journeys find him below his caps. */
    @AfterEach
    void forgetTheseMessages() {
        new SentMessages(jdbc, messaging, directory).forget("lucas.durand", "Flot");
    }

    @Test
    void aFloodingPupilIsToldTheMessagesAreHeldAndTheAdminReleasesOne() {
        DemoData demo = new DemoData(jdbc);
        PersonId lucasId = new PersonId(demo.personId("lucas.durand"));
        PreauUser lucas = new DemoPeople(jdbc, directory).user(lucasId, "lucas.durand");
        String paul = demo.personId("paul.martin").toString();
        long recent = new SentMessages(jdbc, messaging, directory).within(lucasId, java.time.Duration.ofMinutes(9));
        for (long i = recent + 1; i <= 14; i++) {
            messaging.send(lucas, new Compose(List.of(paul), List.of(), List.of(), "Flot " + i, "?", false, null, null));
        }

        logIn("lucas.durand");
        page.navigate("/messages/new");
        page.getByLabel("Ajouter des destinataires").fill("Paul Martin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter Paul Martin en destinataire (À)")
                .setExact(true)).click();
        page.getByLabel("Objet").fill("Flot retenu");
        Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
        editor.click();
        editor.pressSequentially("Encore un");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer").setExact(true)).click();
        assertThat(page.locator("#held-told")).containsText("Vos messages sont retenus en attendant la vérification d'un administrateur");
        assertAccessible("the box telling that messages are held");
        page.navigate("/messages/new");
        assertThat(page.locator("#held-notice")).containsText("Vos messages sont retenus");

        context.clearCookies();
        logIn("anne.bernard");
        page.navigate("/moderation");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messages retenus")).click();
        assertThat(page.locator("#held-messages")).containsText("Flot retenu");
        assertAccessible("the held messages");
        page.setViewportSize(MOBILE_WIDTH, 800);
        assertAccessible("the held messages, 360 px", MOBILE_WIDTH);
        page.setViewportSize(DESKTOP_WIDTH, 800);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Libérer le message « Flot retenu »")).click();
        assertThat(page.locator("[role=status]")).containsText("Le message est libéré");
        org.awaitility.Awaitility.await().until(() -> jdbc.sql("""
                select count(*) from messaging.entries e join messaging.messages m on m.id = e.message_id
                where m.subject = 'Flot retenu' and not e.own and e.person_id = :paul""")
                .param("paul", UUID.fromString(paul)).query(Long.class).single() == 1);
    }
}
