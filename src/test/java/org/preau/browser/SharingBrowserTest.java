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
 * The sharing dialog: a local admin shares a new group with a teacher found as she types;
 * the teacher finds it in "shared with me" and adds a pupil to it. axe-clean.
 */
class SharingBrowserTest extends BrowserTestSupport {

    private static final String GROUP = "Club d'échecs du jeudi";

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void deleteTheGroup() {
        jdbc.sql("delete from access.share_resources where resource_type = 'directory.group'").update();
        jdbc.sql("delete from directory.groups where name = :n").param("n", GROUP).update();
    }

    @Test
    void aLocalAdminSharesAGroupWithATeacherWhoThenAddsAPupil() {
        logIn("anne.bernard");
        page.navigate("/admin");
        link("Collège Victor Hugo").click();
        link("Groupes").click();
        page.getByLabel("Nom du nouveau groupe").fill(GROUP);
        button("Créer le groupe").click();
        assertThat(page.locator("h1")).hasText(GROUP);

        page.locator("#sharing-dialog > summary").click();
        assertThat(page.locator("#sharing-dialog")).containsText("Ce contenu n'est partagé avec personne.");
        page.evaluate("() => { window.preauSamePage = true; }");
        page.getByLabel("Chercher une personne ou un groupe").pressSequentially("paul mar");
        Locator share = button("Partager avec Paul Martin");
        assertThat(share).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.preauSamePage === true"))
                .as("the people came without reloading the page").isEqualTo(true);
        AxeCheck.assertNoSeriousViolation(page, "the sharing dialog with results");
        page.getByLabel("Droits de Paul Martin").selectOption("CONTRIBUTE");
        share.click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le partage est enregistré.");
        assertThat(page.locator("#sharing-entries")).containsText("Paul Martin");
        assertThat(page.locator("#sharing-entries")).containsText("Contribution");
        assertThat(button("Retirer l'accès de Paul Martin")).isVisible();
        AxeCheck.assertNoSeriousViolation(page, "the group page with its sharing");

        context.clearCookies();
        logIn("paul.martin");
        page.locator("details.launcher > summary").click();
        page.locator("#launcher").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Partagés avec moi")).click();
        assertThat(page.locator("h1")).hasText("Partagés avec moi");
        AxeCheck.assertNoSeriousViolation(page, "shared with me");
        link(GROUP).click();
        assertThat(page).hasURL(Pattern.compile("/admin/groups/[0-9a-f-]{36}$"));
        assertThat(button("Supprimer le groupe")).hasCount(0);
        Locator search = page.getByLabel("Ajouter une personne de l'établissement (nom)");
        search.fill("lucas durand");
        search.press("Enter");
        button("Ajouter Lucas Durand au groupe").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La personne a été ajoutée au groupe.");
        assertThat(page.locator("#group-members")).containsText("Lucas Durand");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
