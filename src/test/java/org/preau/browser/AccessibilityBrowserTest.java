package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * axe-core (WCAG 2.1 A and AA rules) on the pages of the foundation, the annuaire, "Ma
 * classe", "Mon compte", the admin console (imports, letters, groups, people, roles and rights) and account
 * activation, on a desktop and on a 360 px wide screen: no serious or critical violation, no
 * console error (a script or style refused by the content security policy is one), and,
 * where the width is given, nothing wider than the screen. Forms are checked in their error
 * state, which holds everything of the blank form and the messages.
 */
class AccessibilityBrowserTest extends BrowserTestSupport {

    @Autowired
    private JdbcClient jdbc;
    private DemoData demo;

    @BeforeEach
    void demoData() {
        demo = new DemoData(jdbc);
    }

    /** The check itself: a page with an image without text and a field without a label fails it. */
    @Test
    void theCheckFailsOnAPageWithViolations() {
        page.setContent("<!doctype html><html lang=\"fr\"><head><title>t</title></head><body><main>"
                + "<img src=\"data:,\"><input id=\"q\"></main></body></html>");
        assertThatThrownBy(() -> AxeCheck.assertNoSeriousViolation(page, "a page with violations"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("label");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void loginPage(int width) {
        openAt(width);
        page.navigate("/login");
        assertThat(page.locator("#username")).isVisible();
        assertAccessible("login");

        page.locator("#username").fill("lucas.durand");
        page.locator("#password").fill("wrong password");
        page.locator("#password").press("Enter");
        assertThat(page.locator("#login-error")).isVisible();
        assertAccessible("login with error");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void homePages(int width) {
        openAt(width);
        for (String login : List.of("lucas.durand", "sophie.durand", "paul.martin")) {
            logIn(login);
            assertThat(page.locator(".person-name")).isVisible();
            assertAccessible("home of " + login);
            context.clearCookies();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void accountAndNotFoundPages(int width) {
        openAt(width);
        logIn("anne.bernard");
        page.navigate("/account");
        assertThat(page.locator("#account-login")).hasText("anne.bernard");
        assertAccessible("account");

        page.locator("details.account > summary").click();
        assertThat(page.locator("details.account .menu-list")).isVisible();
        assertAccessible("account with the account menu open");

        page.navigate("/no/such/page");
        assertThat(page.locator("h1")).hasText("Page introuvable");
        assertAccessible("404");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void directoryClassAndAccountErrors(int width) {
        openAt(width);
        logIn("paul.martin");
        page.navigate("/directory");
        page.locator("#q").fill("durand");
        assertThat(page.locator("#results li").first()).isVisible();
        assertAccessible("directory with results", width);

        page.navigate("/classes/" + demo.classId(DemoData.COLLEGE_UAI, "6A"));
        // the teacher's columns: a tick to choose pupils, the pupil, the parents, "new code"
        assertThat(page.locator("#class-pupils thead th")).hasCount(4);
        assertAccessible("class page, teacher view", width);

        page.navigate("/account");
        page.locator("#email").fill("paul.martin@");
        page.locator("#mobile").fill("call me");
        page.locator("#mobile").press("Enter");
        assertThat(page.locator("#mobile-error")).isVisible();
        assertAccessible("account with validation errors", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void consolePages(int width) {
        openAt(width);
        logIn("anne.bernard");
        page.navigate("/admin");
        assertThat(page.locator("#admin-structures")).isVisible();
        assertAccessible("console home", width);

        String structure = "/admin/structures/" + demo.structureId(DemoData.COLLEGE_UAI);
        page.navigate(structure);
        assertThat(page.locator("#admin-classes")).isVisible();
        assertThat(page.locator("#people tbody tr")).hasCount(50);
        assertAccessible("structure page", width);

        page.navigate(structure + "/pending");
        assertThat(page.locator("h1")).hasText("Personnes en attente de suppression");
        assertAccessible("pending deletions", width);

        page.navigate("/admin/persons/" + demo.personId("lucas.durand"));
        assertThat(page.locator("#person-login")).hasText("lucas.durand");
        assertAccessible("person page", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void rolesAndRightsPages(int width) {
        openAt(width);
        logIn("admin.region");
        page.navigate("/admin/roles");
        // four of the foundation, three of the cahier de textes, two of messagerie, two of notifications, one of moderation
        assertThat(page.locator("#roles tbody tr")).hasCount(12);
        assertAccessible("roles", width);

        page.navigate("/admin/roles/new");
        page.getByLabel("Nom du rôle").fill(" ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le rôle")).click();
        assertThat(page.locator("#role-error")).isVisible();
        assertAccessible("role form with an error", width);

        page.navigate("/admin/roles/defaults");
        assertThat(page.locator("#modes tbody tr")).hasCount(12);
        assertAccessible("default roles of the profiles", width);

        context.clearCookies();
        logIn("anne.bernard");
        page.navigate("/admin/structures/" + demo.structureId(DemoData.COLLEGE_UAI) + "/rights");
        assertThat(page.locator("#rights-matrix tbody tr")).hasCount(10); // the roles a structure may adapt (moderation's among them)
        assertAccessible("rights of a structure, local admin", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void importPages(int width) {
        openAt(width);
        logIn("marc.petit");
        page.navigate("/admin/imports");
        ImportBrowserTest.upload(page, ImportBrowserTest.ONDE_PUPILS);
        assertThat(page.locator("#import-status")).hasAttribute("data-status", "READY");
        assertThat(page.locator("#import-details")).isVisible();
        assertAccessible("import report, ready", width);

        page.navigate("/admin/imports");
        ImportBrowserTest.upload(page, ImportBrowserTest.UNKNOWN_HEADERS);
        assertThat(page.locator("#import-status")).hasAttribute("data-status", "FAILED");
        assertAccessible("import report, failed", width);

        page.locator("#map-columns").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Relancer la simulation avec ces colonnes"))
                .click();
        assertThat(page.locator("#mapping-error")).isVisible();
        assertAccessible("column mapping with error", width);

        page.navigate("/admin/imports");
        assertThat(page.locator("#import-history")).isVisible();
        assertAccessible("imports with history", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void lettersAndActivation(int width) {
        openAt(width);
        logIn("anne.bernard");
        var letters = ActivationBrowserTest.printLetters(page, demo, "5A");
        assertAccessible("activation letters", width);
        var letter = ActivationBrowserTest.read(letters.first());

        openAt(width);
        page.navigate("/activate");
        page.locator("#login").fill(letter.login());
        page.locator("#code").fill("AAAAA-BBBBB");
        page.locator("#code").press("Enter");
        assertThat(page.locator("#activate-error")).isVisible();
        assertAccessible("activation with error", width);

        page.locator("#code").fill(letter.code());
        page.locator("#code").press("Enter");
        page.locator("#password").fill("soleil");
        page.locator("#confirmation").fill("lune");
        page.locator("#email").fill("parent@");
        page.locator("#email").press("Enter");
        assertThat(page.locator("#activate-errors")).isVisible();
        assertAccessible("password step with errors", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void groupsDuplicatesAndPersonForms(int width) {
        openAt(width);
        logIn("anne.bernard");
        String structure = "/admin/structures/" + demo.structureId(DemoData.COLLEGE_UAI);
        page.navigate(structure + "/groups");
        page.locator("#group-name").fill("Club théâtre " + width);
        page.locator("#group-name").press("Enter");
        assertThat(page.locator("h1")).hasText("Club théâtre " + width);
        page.locator("#member-q").fill("durand");
        assertThat(page.locator("#member-q")).hasValue("durand");
        page.locator("form:has(#member-q) button[type=submit]").click();
        assertThat(page.locator("#group-candidates li").first()).isVisible();
        page.locator("#group-candidates li button").first().click();
        assertThat(page.locator("#group-members li")).hasCount(1);
        page.locator("#member-q").fill("martin");
        assertThat(page.locator("#member-q")).hasValue("martin");
        page.locator("form:has(#member-q) button[type=submit]").click();
        assertThat(page.locator("#group-candidates li").first()).isVisible();
        assertAccessible("group with a member and search results", width);

        page.navigate(structure + "/groups");
        assertThat(page.locator("#groups")).isVisible();
        assertAccessible("groups", width);

        // a pupil's record corrected (a birth date), then entered again by hand: a pair for the
        // duplicates page, merged back at once
        var pupil = demo.firstPupil(DemoData.COLLEGE_UAI, "3B");
        String birthDate = "2012-05-14";
        page.navigate("/admin/persons/" + pupil.id());
        page.locator("#firstName").fill("");
        page.locator("#firstName").press("Enter");
        assertThat(page.locator("#firstName-error")).isVisible();
        assertAccessible("person with correction errors", width);
        page.locator("#firstName").fill(pupil.firstName());
        page.locator("#birthDate").fill(birthDate);
        page.locator("#birthDate").press("Enter");
        assertThat(page.locator("main [role=status]")).hasText("La fiche a été corrigée.");

        page.navigate(structure + "/persons/new");
        page.locator("#birthDate").fill("2999-01-01");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator("#firstName-error")).isVisible();
        assertAccessible("new person with errors", width);
        page.locator("#firstName").fill(pupil.firstName());
        page.locator("#lastName").fill(pupil.lastName());
        page.locator("#birthDate").fill(birthDate);
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator("main [role=status]")).containsText("La personne et son compte ont été créés.");

        page.navigate(structure + "/duplicates");
        var pair = page.locator("article.duplicate:has(input[value='" + pupil.id() + "'])");
        pair.locator("input[name=keep][value='" + pupil.id() + "']").check();
        assertAccessible("duplicates", width);
        pair.locator("button[type=submit]").click();
        assertThat(page.locator("main [role=status]")).hasText("Les deux fiches ont été fusionnées.");
        assertThat(pair).hasCount(0);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void accountWithPhotoAndChildren(int width) {
        openAt(width);
        logIn("sophie.durand");
        page.navigate("/account");
        AccountBrowserTest.uploadPhoto(page);
        assertThat(page.locator("img.photo")).isVisible();
        assertThat(page.locator("#account-children")).isVisible();
        assertAccessible("account with a photo and children", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = { DESKTOP_WIDTH, MOBILE_WIDTH })
    void personalAccessTokenCreatedShownOnceAndRevoked(int width) {
        openAt(width);
        logIn("lucas.durand");
        page.navigate("/account");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Jetons d'accès pour l'application mobile et les scripts")).click();
        assertAccessible("tokens, none yet", width);
        page.locator("#token-name").fill("Tablette");
        page.locator("#token-days").selectOption("30");
        page.getByLabel("Messagerie – écrire, envoyer et rappeler des messages").check();
        page.locator("#token-proof").fill("not-the-password");
        page.locator("#create-token").click();
        // the password is asked again: a wrong one, no token
        assertThat(page.locator("#token-problem")).isVisible();
        assertThat(page.locator("#created-token")).hasCount(0);
        assertAccessible("token refused without the password", width);
        page.locator("#token-proof").fill(PASSWORD);
        page.locator("#create-token").click();
        assertThat(page.locator("#created-token code")).containsText("preau_");
        assertThat(page.locator("#tokens li")).hasCount(1);
        assertAccessible("token created", width);
        page.navigate("/account/tokens");
        assertThat(page.locator("#created-token")).hasCount(0);
        page.locator("#tokens li button").click();
        assertThat(page.locator("main [role=status]")).hasText("Le jeton a été révoqué : il ne fonctionne plus.");
        assertThat(page.locator("#tokens li")).hasCount(0);
    }

    private void openAt(int width) {
        openContext(options -> options.setViewportSize(width, 800));
    }
}
