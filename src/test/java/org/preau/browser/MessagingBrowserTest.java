package org.preau.browser;

import org.preau.support.TestTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.platform.PeopleTime;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The messagerie in a browser: a teacher writes to the parents of a class with the picker and
 * the editor, a parent reads and replies; a message scheduled then cancelled; a recall. Every
 * page passes axe-core and fits a 360 px screen.
 */
class MessagingBrowserTest extends BrowserTestSupport {

    private static final String PARENTS_6A = "Parents d'élèves de la classe 6A – Collège Victor Hugo";

    @Test
    void aTeacherWritesToTheParentsOfAClassAndAParentReadsAndReplies() {
        logIn("paul.martin");
        page.locator("details.launcher > summary").click();
        page.locator("#launcher a[data-app=messaging]").click();
        assertThat(page.locator("h1")).hasText("Boîte de réception");
        link("Nouveau message").click();
        assertThat(page.locator("h1")).hasText("Nouveau message");
        accessible("compose");

        page.getByLabel("Ajouter des destinataires").fill("6A");
        button("Ajouter " + PARENTS_6A + " en destinataire (À)").click();
        assertThat(page.locator("#chips-TO")).containsText(PARENTS_6A);
        assertThat(page.locator("#people-count")).containsText("personnes");
        page.getByLabel("Objet").fill("Piscine jeudi");
        Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
        editor.click();
        editor.pressSequentially("Pensez au bonnet de bain");
        for (int i = 0; i < "bonnet de bain".length(); i++) {
            page.keyboard().press("Shift+ArrowLeft");
        }
        button("Gras").click();
        assertThat(page.locator("#autosave-status")).hasText("Brouillon enregistré automatiquement.",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(10_000));
        button("Envoyer").click();
        assertThat(page).hasURL(Pattern.compile("/messages\\?folder=SENT&sent$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message a été envoyé.");
        assertThat(page.locator("#mail-lines")).containsText("Piscine jeudi");
        accessible("sent box");

        context.clearCookies();
        logIn("sophie.durand");
        page.navigate("/messages");
        Locator line = page.locator("#mail-lines li.unread", new Page.LocatorOptions().setHasText("Piscine jeudi"));
        assertThat(line).hasCount(1);
        accessible("inbox");
        line.locator("a").click();
        assertThat(page.locator("h1")).hasText("Piscine jeudi");
        assertThat(page.locator(".mail-body b, .mail-body strong")).hasText("bonnet de bain");
        accessible("message");
        button("Répondre").click();
        assertThat(page.locator("#chips-TO")).containsText("Paul Martin");
        assertThat(page.getByLabel("Objet")).hasValue("Re : Piscine jeudi");
        // the reply page's editor replaces its textarea once the script has run: wait for it
        editor = page.locator("#body-editor");
        assertThat(editor).isVisible();
        assertThat(editor).hasAccessibleName("Message");
        editor.click();
        page.keyboard().press("Control+Home");
        editor.pressSequentially("Bien noté, merci.");
        button("Envoyer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message a été envoyé.");

        context.clearCookies();
        logIn("paul.martin");
        page.navigate("/messages");
        page.locator("#mail-lines a", new Page.LocatorOptions().setHasText("Re : Piscine jeudi")).click();
        assertThat(page.locator(".mail-message")).hasCount(2);
        assertThat(page.locator(".mail-message").last()).containsText("Bien noté, merci.");
    }

    @Test
    void aScheduledMessageWaitsAndCanBeCancelledAndARecallSaysWhoRead() {
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 800));
        logIn("paul.martin");
        page.navigate("/messages/new");
        page.getByLabel("Ajouter des destinataires").fill("durand");
        button("Ajouter Lucas Durand en destinataire (À)").click();
        assertThat(page.locator("#chips-TO")).containsText("Lucas Durand");
        page.getByLabel("Objet").fill("Contrôle lundi");
        String tomorrow = TestTime.today().plusDays(1) + "T08:00";
        page.getByLabel("Envoyer plus tard (facultatif)").fill(tomorrow);
        fits("compose at 360 px");
        button("Envoyer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message est programmé : il partira à l'heure choisie.");
        Locator scheduled = page.locator("#mail-lines a", new Page.LocatorOptions().setHasText("Contrôle lundi"));
        assertThat(scheduled).containsText("Programmé pour le");
        fits("sent box at 360 px");
        scheduled.click();
        assertThat(page.locator("#scheduled-info")).containsText("08:00");
        button("Annuler l'envoi programmé").click();
        assertThat(page.locator(".alert[role=status]")).containsText("L'envoi programmé est annulé");

        page.getByLabel("Envoyer plus tard (facultatif)").fill("");
        button("Envoyer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message a été envoyé.");
        page.locator("#mail-lines a", new Page.LocatorOptions().setHasText("Contrôle lundi")).first().click();
        button("Rappeler le message").click();
        assertThat(page.locator(".alert[role=status]")).containsText("Le message a été rappelé");
        assertThat(page.locator("#read-by")).hasText("Personne ne l'avait lu.");
        fits("recalled message at 360 px");
    }

    @Test
    void aReplyIsTypedAboveTheQuote() {
        String subject = "Sortie zoo " + System.nanoTime() % 100_000;
        logIn("paul.martin");
        write("durand", "Sophie Durand", subject, "Départ à 8 h devant le collège.");

        context.clearCookies();
        logIn("sophie.durand");
        page.navigate("/messages");
        page.locator("#mail-lines a", new Page.LocatorOptions().setHasText(subject)).click();
        button("Répondre").click();
        Locator editor = page.locator("#body-editor");
        assertThat(editor).isVisible();
        assertThat(editor.locator("blockquote")).containsText("Départ à 8 h");
        // the editor has the focus and the caret stands above the quote: typing goes there, not into the quote
        assertThat(editor).isFocused();
        page.keyboard().type("Lucas sera là.");
        assertThat(editor.locator(":scope > p").first()).hasText("Lucas sera là.");
        assertThat(editor.locator("blockquote")).not().containsText("Lucas sera là.");
        // clicking the label puts the caret back where it is: still above the quote
        page.locator("label[for=body]").click();
        page.keyboard().type(" Merci.");
        assertThat(editor.locator("blockquote")).not().containsText("Merci.");
        accessible("reply");
        button("Envoyer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message a été envoyé.");
    }

    @Test
    void aRecalledMessageLeavesNoTraceForItsRecipient() {
        String subject = "Rappel zèbre " + System.nanoTime() % 100_000;
        logIn("paul.martin");
        write("durand", "Sophie Durand", subject, "Envoyé par erreur.");

        context.clearCookies();
        logIn("sophie.durand");
        untilTimeline(subject, true);
        context.clearCookies();

        logIn("paul.martin");
        page.navigate("/messages?folder=SENT");
        page.locator("#mail-lines a", new Page.LocatorOptions().setHasText(subject)).first().click();
        button("Rappeler le message").click();
        assertThat(page.locator(".alert[role=status]")).containsText("Le message a été rappelé");
        context.clearCookies();

        logIn("sophie.durand");
        untilTimeline(subject, false);
        page.navigate("/");
        // the blocks load on their own: the latest messages block shows the demo's message, not the recalled one
        assertThat(page.locator("main")).containsText("Sortie au musée");
        assertThat(page.locator("main")).not().containsText(subject);
        page.navigate("/messages");
        assertThat(page.locator("main")).not().containsText(subject);
        page.navigate("/search?q=" + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.locator("main")).containsText("Aucun résultat");
    }

    /** Writes and sends a message from the compose page to the person found by {@code query}. */
    private void write(String query, String name, String subject, String text) {
        page.navigate("/messages/new");
        page.getByLabel("Ajouter des destinataires").fill(query);
        button("Ajouter " + name + " en destinataire (À)").click();
        assertThat(page.locator("#chips-TO")).containsText(name);
        page.getByLabel("Objet").fill(subject);
        Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
        editor.click();
        editor.pressSequentially(text);
        button("Envoyer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message a été envoyé.");
    }

    /** Reloads the timeline until it shows (or no longer shows) the text; the notices come off the request thread. */
    private void untilTimeline(String text, boolean shown) {
        // Playwright is not thread-safe: polled in the test's own thread
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInSameThread()
                .pollInterval(java.time.Duration.ofMillis(500))
                .alias("the timeline " + (shown ? "shows " : "no longer shows ") + text)
                .until(() -> {
                    page.navigate("/timeline");
                    return page.locator("main").innerText().contains(text) == shown;
                });
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** axe-core's WCAG 2.1 A/AA rules: no serious or critical violation. */
    private void accessible(String what) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(results.isErrored()).as("axe on %s", what).isFalse();
        assertThat(results.getViolations().stream().filter(r -> List.of("serious", "critical").contains(r.getImpact()))
                .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> n.getHtml()).toList()).toList())
                .as("axe violations on %s", what).isEmpty();
    }

    /** Accessible, and nothing wider than a 360 px screen. */
    private void fits(String what) {
        accessible(what);
        assertThat(scrollWidth()).as("width of %s; sticking out: %s", what, overflowing()).isLessThanOrEqualTo(MOBILE_WIDTH);
    }
}
