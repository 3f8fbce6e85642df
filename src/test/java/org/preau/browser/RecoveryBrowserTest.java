package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.identity.VerifiedEmails;
import org.preau.platform.PersonId;
import org.preau.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * When a password is forgotten: a member of staff gets a link by mail and chooses a new
 * password on a phone-sized screen; a teacher prints a new code for a pupil of the class.
 */
class RecoveryBrowserTest extends BrowserTestSupport {

    private static final String STAFF = "olivier.chevalier";
    private static final String STAFF_EMAIL = "olivier.chevalier@example.org";
    private static final String NEW_PASSWORD = "Le préau sent la craie 2027";
    private static final Pattern RESET_LINK = Pattern.compile("https?://[^/\"]+(/login/reset\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private VerifiedEmails verified;
    private DemoData demo;

    @BeforeEach
    void demoData() {
        demo = new DemoData(jdbc);
    }

    @Test
    void aForgottenPasswordIsReplacedFromTheLinkOfTheMail() {
        PersonId staff = new PersonId(demo.personId(STAFF));
        jdbc.sql("update identity.accounts set password_hash = :h where person_id = :p")
                .param("h", passwords.encode(PASSWORD)).param("p", staff.value()).update();
        jdbc.sql("update directory.persons set email = :e where id = :p").param("e", STAFF_EMAIL)
                .param("p", staff.value()).update();
        verified.verified(staff, STAFF_EMAIL);
        int before = TestMailServer.mailsTo(STAFF_EMAIL).size();
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 800));

        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mot de passe oublié ?")).click();
        assertThat(page).hasURL(Pattern.compile("/login/forgot$"));
        assertAccessible("forgotten password", MOBILE_WIDTH);
        page.getByLabel("Identifiant ou adresse électronique").fill(STAFF);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir un lien")).click();
        Locator sent = page.getByRole(AriaRole.STATUS);
        assertThat(sent).containsText("un lien vient d'y être envoyé");
        assertThat(sent).isFocused();
        assertAccessible("forgotten password, sent", MOBILE_WIDTH);

        await().atMost(Duration.ofSeconds(15)).until(() -> TestMailServer.mailsTo(STAFF_EMAIL).size() > before);
        var link = RESET_LINK.matcher(TestMailServer.html(TestMailServer.mailsTo(STAFF_EMAIL).get(before)));
        assertThat(link.find()).as("a reset link in the mail").isTrue();
        page.navigate(link.group(1));
        assertThat(page.locator("h1")).hasText("Choisir un nouveau mot de passe");
        assertThat(page.locator("main")).containsText("Pour le compte « " + STAFF + " »");
        Locator password = page.getByLabel("Nouveau mot de passe");
        Locator confirmation = page.getByLabel("Le même mot de passe, une seconde fois");
        password.fill("soleil");
        confirmation.fill("soleil");
        save();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("au moins 12 caractères");
        assertThat(password).hasAttribute("aria-invalid", "true");
        assertAccessible("new password with errors", MOBILE_WIDTH);

        password.fill(NEW_PASSWORD);
        confirmation.fill(NEW_PASSWORD);
        save();
        assertThat(page).hasURL(Pattern.compile("/login\\?reset$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre mot de passe a été changé");
        assertAccessible("login after a reset", MOBILE_WIDTH);
        page.locator("#username").fill(STAFF);
        page.locator("#password").fill(NEW_PASSWORD);
        page.locator("#password").press("Enter");
        assertThat(page).hasURL(HOME_URL);
    }

    @Test
    void aTeacherPrintsANewCodeForAPupilWhoForgotTheirPassword() {
        UUID sixA = demo.classId(DemoData.COLLEGE_UAI, "6A");
        String pupil = jdbc.sql("""
                select p.display_name from directory.persons p join directory.class_members m on m.person_id = p.id
                join directory.person_profiles pp on pp.person_id = p.id and pp.profile = 'STUDENT'
                where m.class_id = :c and p.last_name <> 'Durand' and p.state = 'ACTIVE'
                order by p.display_name desc limit 1""").param("c", sixA).query(String.class).single();
        logIn("paul.martin");
        page.navigate("/classes/" + sixA);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouveaux codes pour les élèves cochés")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Cochez au moins un élève pour lui créer un nouveau code.");
        assertAccessible("class page, no pupil ticked", DESKTOP_WIDTH);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouveau code pour " + pupil)).click();
        assertThat(page).hasURL(Pattern.compile("/classes/" + sixA + "/codes$"));
        assertThat(page.locator("h1")).hasText("Nouveaux codes d'activation – classe 6A");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le mot de passe de cet élève a été retiré");
        Locator letter = page.locator("article.letter[data-login]");
        assertThat(letter).hasCount(1);
        assertThat(letter).containsText(pupil);
        assertAccessible("new code letter", DESKTOP_WIDTH);
        var printed = ActivationBrowserTest.read(letter);

        openContext(options -> { });
        page.navigate("/activate");
        page.getByLabel("Identifiant").fill(printed.login());
        page.getByLabel("Code d'activation").fill(printed.code());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();
        assertThat(page).hasURL(Pattern.compile("/activate/password$"));
        assertThat(page.locator("main")).containsText("votre identifiant est « " + printed.login() + " »");
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mon nouveau mot de passe")).click();
    }
}
