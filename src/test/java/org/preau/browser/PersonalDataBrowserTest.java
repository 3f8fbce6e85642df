package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.AriaRole;

/**
 * "Mes données": a parent finds the page from "Mon compte", with the keyboard, and downloads a
 * child's data; the page passes axe on a desktop and on a 360 px phone.
 */
class PersonalDataBrowserTest extends BrowserTestSupport {

    private static Map<String, String> unzip(InputStream zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void aParentDownloadsAChildsDataFromTheirAccount() throws IOException {
        logIn("sophie.durand");
        page.navigate("/account");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Mes données")).click();
        assertThat(page).hasURL(Pattern.compile("/account/data$"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Mes données").setLevel(1))).isVisible();
        assertThat(page.locator("#export-parts")).containsText("messaging/");
        assertAccessible("Mes données");

        var emma = page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Télécharger les données de l'enfant Emma Durand"));
        tabTo(emma);
        var download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(download.suggestedFilename()).matches("mes-donnees-emma\\.durand-\\d{4}-\\d{2}-\\d{2}\\.zip");
        Map<String, String> entries;
        try (var in = Files.newInputStream(download.path())) {
            entries = unzip(in);
        }
        assertThat(entries).containsKeys("README.txt", "directory/identity.json", "identity/account.json",
                "diary/homework.json", "messaging/messages.json");
        assertThat(entries.get("directory/identity.json")).contains("\"displayName\" : \"Emma Durand\"");
        assertThat(entries.get("README.txt")).contains("Préau – Mes données");
        // the page stays where it was: a download is no navigation
        assertThat(page).hasURL(Pattern.compile("/account/data$"));

        page.setViewportSize(MOBILE_WIDTH, 740);
        page.reload();
        assertAccessible("Mes données on a phone", MOBILE_WIDTH);
    }

    @Test
    void inSpanishThePageAndTheReadmeAreSpanish() throws IOException {
        openContext(options -> options.setLocale("es-ES"));
        logIn("lucas.durand");
        page.navigate("/account/data");
        assertThat(page.locator("h1")).hasText("Mis datos");
        assertThat(page.locator(".export-ward")).hasCount(0);
        var download = page.waitForDownload(() -> page.locator("#export-self").click());
        try (var in = Files.newInputStream(download.path())) {
            assertThat(unzip(in).get("README.txt")).contains("Préau – Mis datos");
        }
    }
}
