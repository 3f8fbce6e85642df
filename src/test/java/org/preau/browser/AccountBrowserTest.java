package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * "Mon compte": contact details saved, or refused with errors tied to their fields, in the
 * person's language; a photo; a parent's children.
 */
class AccountBrowserTest extends BrowserTestSupport {

    @Test
    void validContactDetailsAreSavedAndShown() {
        logIn("claire.leroy");
        page.navigate("/account");
        page.locator("#email").fill("claire.leroy@example.org");
        page.locator("#mobile").fill("+33 6 12 34 56 78");
        save("Enregistrer");

        assertThat(page).hasURL(Pattern.compile("/account\\?saved$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vos coordonnées ont été enregistrées.");
        assertThat(page.locator("#email")).hasValue("claire.leroy@example.org");
        assertThat(page.locator("#mobile")).hasValue("+33 6 12 34 56 78");
        assertThat(page.locator("#email")).not().hasAttribute("aria-invalid", "true");

        page.reload();
        assertThat(page.locator("#email")).hasValue("claire.leroy@example.org");
    }

    @Test
    void anInvalidEmailIsRefusedWithTheErrorNextToTheField() {
        logIn("marc.petit");
        page.navigate("/account");
        page.locator("#email").fill("marc.petit@");
        page.locator("#mobile").fill("06 98 76 54 32");
        save("Enregistrer");

        Locator email = page.locator("#email");
        Locator error = page.locator("#email-error");
        assertThat(error).isVisible();
        assertThat(error).hasText(
                "Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).");
        assertThat(email).hasAttribute("aria-invalid", "true");
        assertThat(email).hasAttribute("aria-describedby", Pattern.compile("\\bemail-error\\b"));
        assertThat(email).hasValue("marc.petit@");
        assertThat(email).isFocused();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("corrigez les champs signalés");
        assertThat(page).hasTitle(Pattern.compile("^Erreur"));
        // the error sits right after its field, and the valid field is neither flagged nor emptied
        assertThat(page.locator("#email + .field-error")).hasCount(1);
        assertThat(page.locator("#mobile")).hasValue("06 98 76 54 32");
        assertThat(page.locator("#mobile")).not().hasAttribute("aria-invalid", "true");

        email.fill("marc.petit@example.org");
        save("Enregistrer");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vos coordonnées ont été enregistrées.");
        assertThat(page.locator("#email-error")).hasCount(0);
    }

    @Test
    void inEnglishTheErrorsAreInEnglish() {
        openContext(options -> options.setLocale("en-GB"));
        logIn("paul.martin");
        page.navigate("/account");
        page.locator("#email").fill("paul at example");
        page.locator("#mobile").fill("call me");
        save("Save");

        assertThat(page.locator("#email-error"))
                .hasText("This email address is not valid (example: firstname.lastname@example.org).");
        assertThat(page.locator("#mobile-error"))
                .hasText("This number is not valid (digits, spaces and + only, 6 to 20 characters).");
        assertThat(page.locator("#mobile")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Some details are not valid");
        assertThat(page.locator("#email")).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^Error"));
    }

    @Test
    void theFormWorksWithoutJavaScript() {
        openContext(options -> options.setJavaScriptEnabled(false));
        logIn("emma.durand");
        page.navigate("/account");
        page.locator("#email").fill("not an address");
        save("Enregistrer");
        assertThat(page.locator("#email-error")).isVisible();
        assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");

        page.locator("#email").fill("");
        save("Enregistrer");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vos coordonnées ont été enregistrées.");
    }

    @Test
    void aParentAddsAPhotoAndSeesTheirChildren() {
        logIn("sophie.durand");
        page.navigate("/account");
        Locator children = page.locator("#account-children > li");
        assertThat(children).hasCount(2);
        assertThat(children.filter(new Locator.FilterOptions().setHasText("Lucas Durand"))).containsText("6A");
        assertThat(children.filter(new Locator.FilterOptions().setHasText("Emma Durand"))).containsText("CE1");

        uploadPhoto(page);
        assertThat(page).hasURL(Pattern.compile("/account\\?photoSaved$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre photo a été enregistrée.");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        Locator photo = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Ma photo de profil"));
        assertThat(photo).isVisible();
        assertThat(((Number) photo.evaluate("img => img.decode().then(() => img.naturalWidth)")).intValue())
                .as("the photo is served and shown").isEqualTo(64);
    }

    @Test
    void aFileThatIsNotAnImageIsRefused() {
        logIn("claire.leroy");
        page.navigate("/account");
        page.getByLabel("Choisir une photo").setInputFiles(
                new FilePayload("photo.png", "image/png", "not a picture".getBytes()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la photo")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "Ce fichier n'est pas une image JPEG, PNG ou WebP. Votre photo n'a pas changé.");
        assertThat(page.getByRole(AriaRole.ALERT)).isFocused();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Ma photo de profil"))).hasCount(0);
    }

    /** Uploads a small generated PNG as the photo of the logged-in person, from "Mon compte". */
    static void uploadPhoto(Page page) {
        page.getByLabel("Choisir une photo").setInputFiles(new FilePayload("photo.png", "image/png", png()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la photo")).click();
    }

    /** A 64×64 PNG: a blue disc on white. */
    static byte[] png() {
        var image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 64);
        g.setColor(new Color(0x1d4e89));
        g.fillOval(8, 8, 48, 48);
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(String label) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
    }
}
