package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * Imports in the console, as the local admin of a primary school runs them: an ONDE file of
 * pupils through the dry run, its report and its application; then a file whose headers Préau
 * does not know, mapped column by column; an apply whose node died, resumed.
 */
class ImportBrowserTest extends BrowserTestSupport {

    static final Path ONDE_PUPILS = Path.of("../shared/fixtures/onde-csv/eleves.tiny.csv");
    /** A spreadsheet export whose headers no register uses. */
    static final FilePayload UNKNOWN_HEADERS = new FilePayload("inscriptions.csv", "text/csv", """
            Famille,Enfant,Né le,Groupe
            Lambert,Zoé,2018-04-12,CP
            Moreau,Hugo,12/09/2018,CP
            """.getBytes(StandardCharsets.UTF_8));
    static final Pattern REPORT_URL = Pattern.compile("/admin/imports/[0-9a-f-]{36}$");

    @Autowired
    private DataSource dataSource;

    @Test
    void aLocalAdminImportsOndePupilsWithTheKeyboardWatchesTheDryRunAndAppliesIt() {
        logIn("marc.petit");
        page.navigate("/admin");
        Locator importsTab = page.locator("nav.tabs a").filter(new Locator.FilterOptions().setHasText("Imports"));
        tabTo(importsTab);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/admin/imports$"));

        tabTo(page.locator("#import-structure"));
        assertThat(page.locator("#import-structure option:checked")).hasText("École élémentaire Jean Moulin (0930001A)");
        page.keyboard().press("Tab");
        assertThat(page.locator("#import-profile")).isFocused();
        assertThat(page.locator("#import-profile option:checked")).hasText("Élève");
        page.keyboard().press("Tab");
        assertThat(page.locator("#import-files")).isFocused();
        // Space would open the system's file dialog, which is no part of the page: the file is given directly
        page.locator("#import-files").setInputFiles(ONDE_PUPILS);
        assertThat(page.locator("#import-files")).isFocused();

        try (DryRunHold hold = DryRunHold.hold(dataSource)) {
            tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer la simulation")));
            page.keyboard().press("Enter");
            assertThat(page).hasURL(REPORT_URL);
            assertThat(page.locator("h1")).hasText("Rapport d'import");
            Locator status = page.locator("#import-status");
            assertThat(status).hasAttribute("data-status", "RUNNING");
            assertThat(status).containsText("Simulation en cours");
            assertThat(page.locator("#apply-import")).hasCount(0);
            page.evaluate("""
                    () => { window.preauSamePage = true;
                            document.getElementById('import-live').preauKept = true;
                            document.getElementById('import-status').preauKept = true; }""");
            assertThat(page.evaluate("""
                    () => new Promise(done => {
                        document.body.addEventListener('htmx:afterSwap',
                            () => done(document.getElementById('import-status').preauKept === true), { once: true });
                        setTimeout(() => done('no poll within 5 s'), 5000);
                    })"""))
                    .as("a poll that finds the dry run still running leaves the status line alone").isEqualTo(true);

            hold.release();
            assertThat(status).hasAttribute("data-status", "READY");
        }
        assertThat(page.locator("#import-status")).containsText("Simulation terminée : prête à appliquer");
        assertThat(page.evaluate("() => window.preauSamePage && document.getElementById('import-live').preauKept"))
                .as("the report came without reloading the page, into the live region that was there").isEqualTo(true);
        Locator total = page.locator("#import-counts tbody tr").filter(new Locator.FilterOptions().setHasText("Total"));
        assertThat(total.locator("td")).hasText(new String[] { "4", "0", "0", "0", "0" });
        assertThat(page.locator("#import-counts tbody tr").first().locator("th")).hasText("Élève");
        // the summary first: what changes, what is held, rejected and warned, by kind
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Résumé"))).isVisible();
        assertThat(page.locator("#import-summary dd")).hasText(new String[] { "4", "0", "0", "0", "0", "1" });
        assertThat(page.locator(".summary-kinds li")).hasCount(1);
        // then the details, grouped by kind and collapsed
        Locator group = page.locator("#import-details details");
        assertThat(group).hasCount(1);
        assertThat(group.locator("summary")).containsText("Avertissement");
        assertThat(group.locator("summary")).containsText("(1)");
        assertThat(group.locator("table")).not().isVisible();
        group.locator("summary").click();
        assertThat(group.locator("table")).containsText("doublement encodé");
        assertThat(page.locator("#report-csv")).hasAttribute("href", Pattern.compile("/report\\.csv$"));
        page.locator("#report-q").fill("introuvable");
        page.locator("#report-q").press("Enter");
        assertThat(page.locator("#import-details details summary")).containsText("(0 / 1)");
        assertThat(page.locator("main")).not().containsText(Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-"));

        tabTo(page.locator("#apply-import"));
        page.keyboard().press("Enter");
        // a confirmation page says what will happen, in numbers, before anything is written
        assertThat(page).hasURL(Pattern.compile("/admin/imports/[0-9a-f-]{36}/confirm$"));
        assertThat(page.locator("#confirm-counts")).containsText("créer 4 comptes");
        assertThat(page.locator("#confirm-removed")).hasText("Aucun compte ne sera supprimé.");
        assertAccessible("import confirmation", DESKTOP_WIDTH);
        tabTo(page.locator("#confirm-apply"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(REPORT_URL);
        assertThat(page.locator("#import-status")).hasAttribute("data-status", "APPLIED");
        assertThat(page.locator("#import-status")).containsText("Appliqué");
        assertThat(page.locator("#apply-import")).hasCount(0);
        assertThat(page.locator("main")).containsText("4 comptes ouverts (à activer)");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Imports")).click();
        // the latest import comes first
        Locator history = page.locator("#import-history tbody tr").first();
        assertThat(history.locator("td").nth(1)).hasText("CSV (export ONDE ou tableur, pour un établissement)");
        assertThat(history.locator("td").nth(2)).hasText("Appliqué");
    }

    @Test
    void unknownHeadersAreMappedByHandAndTheDryRunStartsAgain() {
        logIn("marc.petit");
        page.navigate("/admin/imports");
        upload(page, UNKNOWN_HEADERS);
        assertThat(page.locator("#import-status")).hasAttribute("data-status", "FAILED");
        assertThat(page.locator("#import-details details[id^=r-]")).containsText("Colonnes obligatoires absentes");

        Locator mapColumns = page.locator("#map-columns");
        tabTo(mapColumns);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/admin/imports/[0-9a-f-]{36}/mapping$"));
        assertThat(page.locator("h1")).hasText("Associer les colonnes du fichier");
        assertThat(page.locator("th:has(#col_LAST_NAME) .badge, th:has(label[for=col_LAST_NAME]) .badge"))
                .hasText("obligatoire");
        assertThat(page.locator("#col_LAST_NAME option")).containsText(new String[] { "— aucune —",
                "Famille (Lambert)", "Enfant (Zoé)", "Né le (2018-04-12)", "Groupe (CP)" });

        page.getByLabel("Nom de famille").selectOption("0");
        Locator remap = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Relancer la simulation avec ces colonnes"));
        remap.click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "Il manque des informations obligatoires : Prénom, Date de naissance.");
        assertThat(page).hasTitle(Pattern.compile("^Erreur"));
        assertThat(page.getByLabel("Nom de famille")).hasValue("0");
        assertThat(page.getByLabel("Prénom", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-invalid", "true");

        page.getByLabel("Prénom", new Page.GetByLabelOptions().setExact(true)).selectOption("1");
        page.getByLabel("Date de naissance", new Page.GetByLabelOptions().setExact(true)).selectOption("2");
        page.getByLabel("Classe", new Page.GetByLabelOptions().setExact(true)).selectOption("3");
        remap.click();

        assertThat(page).hasURL(REPORT_URL);
        assertThat(page.locator("#import-status")).hasAttribute("data-status", "READY");
        Locator total = page.locator("#import-counts tbody tr").filter(new Locator.FilterOptions().setHasText("Total"));
        assertThat(total.locator("td").first()).hasText("2");
        assertThat(page.locator("#import-details details[id^=r-]")).hasCount(0);
        assertThat(page.locator("#apply-import")).isVisible();
    }

    /**
     * The node applying an import dies (as if: the import is left APPLYING, its heartbeat 5 minutes old): the
     * admin sees it interrupted, in the history and on its page, and resumes it with the keyboard.
     */
    @Test
    void anInterruptedApplyIsShownAndResumed() throws Exception {
        logIn("admin.region");
        page.navigate("/admin/imports");
        page.locator("#import-structure").selectOption("0930002B");
        page.locator("#import-profile").selectOption("PERSONNEL");
        upload(page, new FilePayload("personnels.csv", "text/csv", """
                Nom;Prénom;Date de naissance
                REPRISE;Agathe;1980-03-02
                REPRISE;Basile;1979-11-23
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-status")).hasAttribute("data-status", "READY");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        try (var c = dataSource.getConnection(); var update = c.prepareStatement("""
                update feeding.imports set status = 'APPLYING', apply_started_at = heartbeat_at,
                    heartbeat_at = heartbeat_at - interval '5 minutes' where id = cast(? as uuid)""")) {
            update.setString(1, id);
            assertThat(update.executeUpdate()).isOne();
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Imports")).click();
        assertThat(page.locator("#import-history tbody tr").first().locator("td").nth(2)).hasText("Interrompu");
        page.navigate("/admin/imports/" + id);
        assertThat(page.locator("#import-status")).hasAttribute("data-status", "INTERRUPTED");
        assertThat(page.locator("#import-status")).containsText("Interrompu");
        assertThat(page.locator("#import-resume")).containsText("s’est arrêté en cours de route");
        assertAccessible("import report, interrupted", DESKTOP_WIDTH);
        Locator resume = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reprendre l’import"));
        tabTo(resume);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(REPORT_URL);
        assertThat(page.locator("#import-status")).hasAttribute("data-status", "APPLIED");
        assertThat(page.locator("main")).containsText("2 comptes ouverts (à activer)");
        assertThat(page.locator("#resume-import")).hasCount(0);
    }

    /** Starts a CSV import of pupils of the admin's first school and waits for its report page. */
    static void upload(Page page, Object file) {
        Locator input = page.locator("#import-files");
        if (file instanceof Path path) {
            input.setInputFiles(path);
        } else {
            input.setInputFiles((FilePayload) file);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer la simulation")).click();
        assertThat(page).hasURL(REPORT_URL);
    }
}
