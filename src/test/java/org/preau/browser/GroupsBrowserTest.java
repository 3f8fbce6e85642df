package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Manual groups in the console: a local admin creates a group, adds a teacher found by name, removes him. */
class GroupsBrowserTest extends BrowserTestSupport {

    @Test
    void aLocalAdminCreatesAGroupAndAddsATeacherFoundByName() {
        logIn("anne.bernard");
        page.navigate("/admin");
        link("Collège Victor Hugo").click();
        link("Groupes").click();
        assertThat(page).hasURL(Pattern.compile("/admin/structures/[0-9a-f-]{36}/groups$"));
        assertThat(page.locator("h1")).hasText("Groupes");

        page.getByLabel("Nom du nouveau groupe").fill("Chorale du collège");
        button("Créer le groupe").click();
        assertThat(page).hasURL(Pattern.compile("/admin/groups/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText("Chorale du collège");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aucun membre"))).isVisible();

        Locator search = page.getByLabel("Ajouter une personne de l'établissement (nom)");
        search.fill("zorglub");
        search.press("Enter");
        assertThat(page.locator("#group-no-candidate"))
                .hasText("Aucune personne de l'établissement ne correspond à « zorglub ».");
        assertThat(page.locator("#group-candidates")).hasCount(0);

        // the results page has settled (its field shows the last search) before the next one is typed
        assertThat(search).hasValue("zorglub");
        search.fill("martin");
        assertThat(search).hasValue("martin");
        button("Rechercher").click();
        assertThat(page).hasURL(Pattern.compile("\\?q=martin$"));
        button("Ajouter Paul Martin au groupe").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La personne a été ajoutée au groupe.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1 membre"))).isVisible();
        assertThat(page.locator("#group-members > li")).hasCount(1);
        assertThat(page.locator("#group-members")).containsText("Paul Martin");

        link("← Groupes").click();
        Locator row = page.locator("#groups tbody tr").filter(new Locator.FilterOptions().setHasText("Chorale du collège"));
        assertThat(row.locator("td").nth(1)).hasText("1");

        row.getByRole(AriaRole.LINK).click();
        button("Retirer Paul Martin du groupe").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La personne a été retirée du groupe.");
        assertThat(page.locator("#group-members > li")).hasCount(0);
    }

    @Test
    void aGroupWithoutNameIsRefused() {
        logIn("marc.petit");
        page.navigate("/admin");
        link("École élémentaire Jean Moulin").click();
        link("Groupes").click();
        page.getByLabel("Nom du nouveau groupe").fill("   ");
        button("Créer le groupe").click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Donnez au groupe un nom de 1 à 100 caractères.");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
