package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Activation letters and the first connection: the local admin prints the letters of a
 * class, a parent activates their account with the code of their letter, chooses a
 * password (a weak one is refused with the reason), then logs in and sees their child.
 */
class ActivationBrowserTest extends BrowserTestSupport {

    static final String NEW_PASSWORD = "Trois pommes vertes sur 1 banc";
    private static final String PARENT_OF = "parent de ";

    @Autowired
    private JdbcClient jdbc;
    private DemoData demo;

    @BeforeEach
    void demoData() {
        demo = new DemoData(jdbc);
    }

    /** What a letter says: who it is for ("Name, parent de Child") and how to activate the account. */
    record Letter(String login, String code, String recipient) {
    }

    @Test
    void aParentActivatesTheAccountOfTheLetterAndSeesTheirChild() {
        logIn("anne.bernard");
        Locator letters = printLetters(page, demo, "6A");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(Pattern.compile(
                "^\\d+ codes viennent d'être créés\\. Imprimez cette page maintenant : les codes ne seront plus affichés"));
        Letter letter = read(letters.filter(new Locator.FilterOptions().setHasText(PARENT_OF)).first());
        String child = letter.recipient().substring(letter.recipient().indexOf(PARENT_OF) + PARENT_OF.length());
        assertThat(letter.code()).matches("[A-Z0-9]{5}-[A-Z0-9]{5}");

        openContext(options -> { });
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Première connexion ? Activer mon compte"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/activate$"));
        assertThat(page.locator("h1")).hasText("Activer mon compte");
        page.getByLabel("Identifiant").fill(letter.login());
        page.getByLabel("Code d'activation").fill(letter.code());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();

        assertThat(page).hasURL(Pattern.compile("/activate/password$"));
        assertThat(page.locator("h1")).hasText("Choisir mon mot de passe");
        assertThat(page.locator("main")).containsText("votre identifiant est « " + letter.login() + " »");
        Locator password = page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true));
        Locator confirmation = page.getByLabel("Le même mot de passe, une seconde fois");
        Locator charter = page.getByLabel("J'ai lu et j'accepte la charte d'utilisation de l'espace numérique de travail.");
        password.fill("soleil");
        confirmation.fill("soleil");
        charter.check();
        finish();

        Locator errors = page.locator("#activate-errors");
        assertThat(errors).hasAttribute("role", "alert");
        assertThat(errors).containsText("Le mot de passe doit compter au moins 12 caractères.");
        assertThat(password).hasAttribute("aria-invalid", "true");
        assertThat(password).hasValue("");
        assertThat(charter).isChecked();

        password.fill(NEW_PASSWORD);
        confirmation.fill(NEW_PASSWORD);
        finish();
        assertThat(page).hasURL(Pattern.compile("/login\\?activated$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(
                "Votre compte est activé. Connectez-vous avec votre identifiant et votre nouveau mot de passe.");

        page.locator("#username").fill(letter.login());
        page.locator("#password").fill(NEW_PASSWORD);
        page.locator("#password").press("Enter");
        assertThat(page).hasURL(HOME_URL);
        assertThat(page.locator("[data-profile=RELATIVE]")).isVisible();
        assertThat(page.locator("#children > li").filter(new Locator.FilterOptions().setHasText(child)))
                .containsText("6A");
    }

    @Test
    void aWrongCodeIsRefusedAndTheLoginIsKept() {
        page.navigate("/activate");
        page.getByLabel("Identifiant").fill("nobody.here");
        page.getByLabel("Code d'activation").fill("AAAAA-BBBBB");
        page.getByLabel("Code d'activation").press("Enter");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("ne permettent pas d'activer un compte");
        assertThat(page.getByLabel("Identifiant")).hasValue("nobody.here");
        assertThat(page.getByLabel("Code d'activation")).hasAttribute("aria-invalid", "true");
    }

    /** Prints the activation letters of a class of the collège from its structure page; the letters. */
    static Locator printLetters(Page page, DemoData demo, String className) {
        page.navigate("/admin/structures/" + demo.structureId(DemoData.COLLEGE_UAI));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Créer et imprimer les lettres d'activation de la classe " + className)).click();
        // a confirmation says what will happen (how many codes, the old ones void) before anything is issued
        assertThat(page.locator("#confirm-what")).containsText("cesseront de fonctionner");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer les lettres")).click();
        assertThat(page).hasURL(Pattern.compile("/admin/classes/" + demo.classId(DemoData.COLLEGE_UAI, className)
                + "/letters$"));
        assertThat(page.locator("h1")).hasText("Lettres d'activation – classe " + className);
        Locator letters = page.locator("article.letter[data-login]");
        assertThat(letters.first()).isVisible();
        return letters;
    }

    static Letter read(Locator letter) {
        String login = letter.getAttribute("data-login");
        assertThat(letter.locator(".code").first()).hasText(login);
        return new Letter(login, letter.locator(".code").nth(1).innerText().strip(),
                letter.locator("p:has(> strong)").innerText().strip());
    }

    private void finish() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activer mon compte")).click();
    }
}
