package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A local admin turns off "pupils → pupils" for one class in the communication matrix, then
 * suspends pupil-to-pupil communications of the collège: a pupil sees the banner. axe-clean
 * pages on a desktop and on a phone.
 */
class CommunicationBrowserTest extends BrowserTestSupport {

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void restoreTheRules() {
        jdbc.sql("delete from access.communication_rules where structure_id is not null").update();
        jdbc.sql("delete from access.kill_switches").update();
    }

    @Test
    void aLocalAdminForbidsPupilsOfAClassToWriteToEachOtherAndSuspendsPupilsMessages() {
        logIn("anne.bernard");
        page.navigate("/admin");
        link("Communication").click();
        assertThat(page).hasURL(Pattern.compile("/admin/communication$"));
        link("Collège Victor Hugo").click();
        assertThat(page.locator("h1")).hasText("Règles de communication");
        AxeCheck.assertNoSeriousViolation(page, "the collège's matrix");

        link("Règles de la classe 6A").click();
        assertThat(page.locator("h1")).hasText("Règles de communication de la classe 6A");
        button("Interdire : Élèves de 6A → Élèves de 6A").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La règle est enregistrée et s'applique dès maintenant.");
        Locator cell = button("Autoriser : Élèves de 6A → Élèves de 6A").locator("xpath=ancestor::td");
        assertThat(cell.locator(".rule")).hasText("non");
        assertThat(cell.locator(".rule-origin")).hasText("règle de la classe");
        assertThat(button("Interdire : Élèves de 6A → Enseignants de 6A")).isVisible();
        AxeCheck.assertNoSeriousViolation(page, "the matrix of 6A");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^← Règles de communication"))).click();
        page.getByLabel("Les communications entre élèves").check();
        page.getByLabel("Motif (affiché à tous)").fill("Messages insultants entre élèves : enquête en cours");
        button("Suspendre").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Les communications sont suspendues.");
        assertThat(page.locator("#kill-switch-state")).containsText("Motif affiché : Messages insultants");
        AxeCheck.assertNoSeriousViolation(page, "the matrix with a suspension");

        context.clearCookies();
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 800));
        logIn("lucas.durand");
        assertThat(page.locator("#communication-suspended")).hasText(
                "Collège Victor Hugo : les communications entre élèves sont suspendues. Motif : "
                        + "Messages insultants entre élèves : enquête en cours");
        AxeCheck.assertNoSeriousViolation(page, "a pupil's home with the banner");
    }

    @Test
    void theMatrixIsUsableOnAPhone() {
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 800));
        logIn("marc.petit");
        page.navigate("/admin/communication");
        link("École élémentaire Jean Moulin").click();
        assertThat(button("Autoriser : Parents → Parents")).isVisible();
        AxeCheck.assertNoSeriousViolation(page, "the école's matrix on a phone");
        org.assertj.core.api.Assertions.assertThat(scrollWidth()).as("sticking out: %s", overflowing())
                .isLessThanOrEqualTo(MOBILE_WIDTH);
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
