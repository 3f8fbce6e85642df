package org.preau.browser;

import org.preau.support.TestTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.identity.Accounts;
import org.preau.support.Authenticator;
import org.preau.support.FreshAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Two-step login, as a person does it on a phone (360 px): turn MFA on from Mon compte with
 * an authenticator (the test reads the key shown and computes the codes), keep the recovery
 * codes, log out, log in with a code; a wrong code, then a recovery code. Every page passes
 * axe-core and fits the screen.
 */
class MfaBrowserTest extends BrowserTestSupport {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Accounts accounts;

    /** What enrolment left the person with. */
    private record Enrolled(String login, Authenticator app, long lastStep, List<String> recoveryCodes) {
    }

    @Test
    void turnOnMfaFromMonCompteKeepTheCodesAndLogInWithTheAuthenticator() {
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 800));
        Enrolled enrolled = enrol();
        assertThat(page).hasURL(Pattern.compile("/account/mfa\\?enabled$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La double authentification est activée.");
        assertThat(page.locator("#codes-left")).hasText("Il vous reste 10 codes de secours.");
        assertFits("account MFA page, on");

        page.locator("details.account > summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));

        password(enrolled.login());
        assertThat(page).hasURL(Pattern.compile("/login/mfa$"));
        assertThat(page.locator("#code")).isFocused();
        assertFits("second step");
        long step = Math.max(Authenticator.step(TestTime.now()), enrolled.lastStep() + 1);
        page.getByLabel("Code de vérification").fill(enrolled.app().code(step));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
        assertThat(page).hasURL(HOME_URL);
    }

    @Test
    void aWrongCodeIsSaidAndARecoveryCodeLetsThePersonIn() {
        Enrolled enrolled = enrol();
        context.clearCookies();
        password(enrolled.login());
        page.getByLabel("Code de vérification").fill("000000");
        page.getByLabel("Code de vérification").press("Enter");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ce code n'est pas valide ou a déjà servi.");
        assertThat(page.getByRole(AriaRole.ALERT)).isFocused();
        assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
        assertThat(page).hasTitle(Pattern.compile("^Erreur"));
        assertFits("second step with an error");

        page.getByLabel("Code de vérification").fill(enrolled.recoveryCodes().get(2));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
        assertThat(page).hasURL(HOME_URL);
        page.navigate("/account/mfa");
        assertThat(page.locator("#codes-left")).hasText("Il vous reste 9 codes de secours.");
    }

    /** A fresh pupil logs in and turns MFA on from Mon compte, reading the key shown on the page. */
    private Enrolled enrol() {
        String login = FreshAccounts.pupil(jdbc, accounts, DemoData.COLLEGE_UAI);
        logIn(login);
        page.navigate("/account");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Double authentification")).click();
        assertThat(page).hasURL(Pattern.compile("/account/mfa$"));
        assertFits("account MFA page, off");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activer la double authentification")).click();

        var qr = page.getByRole(AriaRole.IMG,
                new Page.GetByRoleOptions().setName("QR code à scanner avec votre application d'authentification"));
        assertThat(qr).isVisible();
        assertThat(((Number) qr.evaluate("img => img.decode().then(() => img.naturalWidth)")).intValue())
                .as("the QR code is drawn").isPositive();
        assertFits("enrolment");
        Authenticator app = Authenticator.withKey(page.locator("#mfa-key").textContent());
        long step = Authenticator.step(TestTime.now());
        page.getByLabel("Saisissez le code à 6 chiffres que l'application affiche.").fill(app.code(step));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activer")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vos codes de secours"))).isVisible();
        List<String> codes = page.locator("#recovery-codes li").allTextContents().stream().map(String::strip).toList();
        assertThat(codes).hasSize(10).allMatch(code -> code.matches("[0-9a-z]{4}-[0-9a-z]{4}"));
        assertFits("recovery codes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("J'ai noté mes codes, continuer")).click();
        return new Enrolled(login, app, step, codes);
    }

    private void password(String login) {
        page.navigate("/login");
        page.locator("#username").fill(login);
        page.locator("#password").fill(PASSWORD);
        page.locator("form.form button[type=submit]").click();
    }

    /** No serious or critical axe-core violation (WCAG 2.1 AA), and nothing wider than the screen. */
    private void assertFits(String what) {
        var serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze()
                .getViolations().stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .toList();
        assertThat(serious).as("axe on %s", what).isEmpty();
        int width = page.viewportSize().width;
        assertThat(scrollWidth()).as("width of %s; sticking out: %s", what, overflowing()).isLessThanOrEqualTo(width);
    }
}
