package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Rights, end to end: the central admin withdraws the annuaire from the teachers of the
 * école; its teacher no longer finds it in the launcher and is refused the page, until the
 * central admin gives it back. (The pages' accessibility is checked in AccessibilityBrowserTest.)
 */
class RightsBrowserTest extends BrowserTestSupport {

    private static final String TEACHERS_DIRECTORY = "Enseignants : Annuaire — utilisateur";

    @Autowired
    private JdbcClient jdbc;

    /** Other browser tests share this database: whatever happens here, the école's teachers get their annuaire back. */
    @AfterEach
    void giveTheAnnuaireBack() {
        jdbc.sql("delete from access.structure_exclusions").update();
        jdbc.sql("update access.rules_version set version = version + 1").update();
    }

    @Test
    void theCentralAdminTakesTheAnnuaireFromTheTeachersOfASchool() {
        logIn("claire.leroy");
        openLauncher();
        assertThat(launcher("directory")).isVisible();
        assertThat(launcher("directory")).hasText("Annuaire");

        openContext(options -> { });
        logIn("admin.region");
        page.navigate("/admin");
        link("École élémentaire Jean Moulin").click();
        link("Droits et rôles").click();
        assertThat(page.locator("h1")).hasText("Droits – École élémentaire Jean Moulin");
        Locator box = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(TEACHERS_DIRECTORY));
        assertThat(box).isChecked();
        box.uncheck();
        button("Enregistrer les droits").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Les droits de l'établissement ont été enregistrés.");
        assertThat(box).not().isChecked();

        openContext(options -> { });
        logIn("claire.leroy");
        openLauncher();
        assertThat(launcher("account")).isVisible();
        assertThat(launcher("directory")).hasCount(0);
        assertThat(page.locator("#apps [data-app=directory]")).hasCount(0);
        var response = page.navigate("/directory");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Accès refusé");

        openContext(options -> { });
        logIn("admin.region");
        page.navigate("/admin/structures/" + new DemoData(jdbc).structureId(DemoData.ECOLE_UAI) + "/rights");
        box = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(TEACHERS_DIRECTORY));
        box.check();
        button("Enregistrer les droits").click();
        assertThat(page.getByRole(AriaRole.STATUS)).isVisible();

        openContext(options -> { });
        logIn("claire.leroy");
        assertThat(launcher("directory")).hasCount(1);
        assertThat(page.navigate("/directory").status()).isEqualTo(200);
    }

    private void openLauncher() {
        page.locator("details.launcher > summary").click();
        assertThat(page.locator("#launcher")).isVisible();
    }

    /** The launcher's link to an application. */
    private Locator launcher(String application) {
        return page.locator("#launcher a[data-app=" + application + "]");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
