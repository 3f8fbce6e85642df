package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/** The admin console as a local admin uses it: find a teacher, block and unblock their account. */
class ConsoleBrowserTest extends BrowserTestSupport {

    private static final Pattern LOGIN_ERROR_URL = Pattern.compile("/login\\?error$");

    @Autowired
    private JdbcClient jdbc;
    private DemoData demo;

    @BeforeEach
    void demoData() {
        demo = new DemoData(jdbc);
    }

    /** Other test classes log in as Paul Martin: never leave him blocked. */
    @AfterEach
    void unblockPaul() {
        demo.unblock("paul.martin");
    }

    @Test
    void aLocalAdminFindsATeacherBlocksAndUnblocksHim() {
        logIn("anne.bernard");
        page.locator("details.launcher > summary").click();
        page.locator("#launcher a[data-app=console]").click();
        assertThat(page).hasURL(Pattern.compile("/admin$"));
        assertThat(page.locator("h1")).hasText("Console d'administration");
        Locator structures = page.locator("#admin-structures > li");
        assertThat(structures).hasCount(1);
        structures.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Collège Victor Hugo")).click();

        assertThat(page.locator("h1")).hasText("Collège Victor Hugo");
        assertThat(page.locator("#admin-classes tbody tr")).hasCount(4);
        // htmx (a deferred script) must have set the filters up before the first change: wait for the load event
        page.waitForLoadState();
        page.evaluate("() => { window.preauSamePage = true; }");
        page.locator("#filter-profile").selectOption(new SelectOption().setLabel("Enseignant·e"));
        Locator rows = page.locator("#people tbody tr");
        assertThat(page.locator("#people-count")).hasText("7 personnes");
        assertThat(rows).hasCount(7);
        for (int i = 0; i < 7; i++) {
            assertThat(rows.nth(i).locator("td").nth(1)).containsText("Enseignant·e");
        }

        page.locator("#filter-q").focus();
        page.keyboard().type("mart");
        assertThat(page.locator("#people-count")).hasText("1 personne");
        assertThat(rows).hasCount(1);
        assertThat(page).hasURL(Pattern.compile("profile=TEACHER"));
        assertThat(page).hasURL(Pattern.compile("q=mart"));
        assertThat(page.evaluate("() => window.preauSamePage === true"))
                .as("the filters updated the list without reloading the page").isEqualTo(true);

        rows.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Paul Martin")).click();
        String personPage = "/admin/persons/" + demo.personId("paul.martin");
        assertThat(page).hasURL(Pattern.compile(personPage + "$"));
        assertThat(page.locator("h1")).hasText("Paul Martin");
        assertThat(page.locator("#person-login")).hasText("paul.martin");
        assertThat(page.locator("#person-state")).hasText("Actif");
        page.getByLabel("Motif de la suspension (facultatif)").fill("Mot de passe divulgué");
        button("Bloquer le compte").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(
                "Le compte est bloqué : cette personne ne peut plus se connecter.");
        assertThat(page.locator("#person-state")).hasText("Bloqué");
        assertThat(page.locator("#blocked-reason")).hasText("Motif : Mot de passe divulgué");
        assertThat(button("Débloquer le compte")).isVisible();

        openContext(options -> { });
        page.navigate("/login");
        page.locator("#username").fill("paul.martin");
        page.locator("#password").fill(PASSWORD);
        page.locator("#password").press("Enter");
        assertThat(page).hasURL(LOGIN_ERROR_URL);
        assertThat(page.locator("#login-error")).containsText("Identifiant ou mot de passe incorrect");

        openContext(options -> { });
        logIn("anne.bernard");
        page.navigate(personPage);
        button("Débloquer le compte").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le compte est débloqué.");
        assertThat(page.locator("#person-state")).hasText("Actif");

        openContext(options -> { });
        logIn("paul.martin");
    }

    @Test
    void aLocalAdminDeletesAPersonWhoLeftTheRegisterAfterConfirming() {
        UUID college = demo.structureId(DemoData.COLLEGE_UAI);
        UUID gone = jdbc.sql("""
                with p as (insert into directory.persons (first_name, last_name, display_name, state, detached_at, delete_after)
                           values ('Jules', 'PARTI', 'Jules Parti', 'DETACHED', now(), now() + interval '300 days') returning id)
                insert into directory.person_profiles select id, :s, 'STUDENT' from p returning person_id""")
                .param("s", college).query(UUID.class).single();
        logIn("anne.bernard");
        page.navigate("/admin/structures/" + college + "/pending");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Supprimer maintenant Jules Parti")).click();
        assertThat(page.locator("h1")).hasText("Supprimer définitivement Jules Parti ?");
        assertAccessible("delete now, confirmation");
        page.locator("#confirm").click();
        assertThat(page.locator("#pending-deleted")).hasText("La personne a été supprimée définitivement.");
        assertThat(page.getByText("Jules Parti")).hasCount(0);
        assertAccessible("pending deletions after a deletion");
        assertThat(jdbc.sql("select count(*) from directory.persons where id = :id").param("id", gone)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theFiltersWorkWithoutJavaScript() {
        openContext(options -> options.setJavaScriptEnabled(false));
        logIn("marc.petit");
        page.navigate("/admin/structures/" + demo.structureId(DemoData.ECOLE_UAI));
        page.locator("#filter-profile").selectOption("TEACHER");
        page.locator("#filter-q").fill("leroy");
        page.locator("#filter-q").press("Enter");
        assertThat(page.locator("#people tbody tr")).hasCount(1);
        assertThat(page.locator("#people tbody tr")).containsText("Claire Leroy");
    }

    @Test
    void aLocalAdminDoesNotReachAnotherSchool() {
        logIn("marc.petit");
        var response = page.navigate("/admin/structures/" + demo.structureId(DemoData.COLLEGE_UAI));
        assertThat(response.status()).as("no right to manage the people of that school").isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Accès refusé");
        response = page.navigate("/admin/persons/" + demo.personId("paul.martin"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page introuvable");
    }

    @Test
    void aPupilGoingToTheConsoleGetsTheFriendly403() {
        logIn("lucas.durand");
        assertThat(page.locator("#launcher a[data-app=console]")).hasCount(0);
        var response = page.navigate("/admin");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Accès refusé");
        assertThat(page.locator("main a[href='/']")).isVisible();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
