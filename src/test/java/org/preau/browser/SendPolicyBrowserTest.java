package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

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
 * The send policy as a pupil meets it: the class is not offered, and after twenty messages in an
 * hour the twenty-first is refused with why and when to retry, the text typed kept on the page.
 */
class SendPolicyBrowserTest extends BrowserTestSupport {

    @Autowired
    private Messaging messaging;
    @Autowired
    private Directory directory;
    @Autowired
    private JdbcClient jdbc;

    /**
     * The messages this test sent are recalled (their notices leave Paul's timeline) and deleted, so
     * that Lucas is below his cap again for the other journeys.
     */
    @AfterEach
    void forgetTheseMessages() {
        // from the fifteenth on they were held (SendWatch): not delivered, nothing to recall
        new SentMessages(jdbc, messaging, directory).forget("lucas.durand", "Cap ");
    }

    private PreauUser user(PersonId id) {
        return new DemoPeople(jdbc, directory).user(id, "lucas.durand");
    }

    @Test
    void aPupilHitsTheHourlyCapAndReadsWhy() {
        DemoData demo = new DemoData(jdbc);
        PersonId lucasId = new PersonId(demo.personId("lucas.durand"));
        PreauUser lucas = user(lucasId);
        String paul = demo.personId("paul.martin").toString();
        long sentThisHour = new SentMessages(jdbc, messaging, directory).within(lucasId, java.time.Duration.ofMinutes(59));
        for (long i = sentThisHour + 1; i <= 20; i++) {
            messaging.send(lucas, new Compose(List.of(paul), List.of(), List.of(), "Cap " + i, "?", false, null, null));
        }

        logIn("lucas.durand");
        page.navigate("/messages/new");
        page.getByLabel("Ajouter des destinataires").fill("6A");
        assertThat(page.locator("#picker-status")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Élèves de 6A|6A.*élèves", java.util.regex.Pattern.CASE_INSENSITIVE))))
                .hasCount(0);
        page.getByLabel("Ajouter des destinataires").fill("Paul Martin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter Paul Martin en destinataire (À)")
                .setExact(true)).click();
        page.getByLabel("Objet").fill("Encore une question");
        Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
        editor.click();
        editor.pressSequentially("Pour demain");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer").setExact(true)).click();
        assertThat(page.locator("#compose-problem")).containsText("Vous avez envoyé 20 messages dans l'heure");
        assertThat(page.locator("#compose-problem")).containsText("Votre message n'est pas perdu.");
        assertThat(page.getByLabel("Objet")).hasValue("Encore une question");
        assertAccessible("compose with the hourly cap met");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select count(*) from messaging.messages where sender_id = :p and subject = 'Encore une question'
                  and state = 'SENT'""").param("p", lucasId.value()).query(Long.class).single()).isZero();
    }
}
