package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/** The journeys of issue 3: log in and out, the home page of each profile, languages, small screens. */
class LoginJourneyBrowserTest extends BrowserTestSupport {

    private static final Pattern LOGIN_URL = Pattern.compile("/login(\\?.*)?$");
    private static final String COLLEGE = "Collège Victor Hugo";
    private static final String ECOLE = "École élémentaire Jean Moulin";

    /** What a demo account must see on its home page. */
    record Expected(String login, String displayName, List<String> profiles, List<String> structures,
            List<String> classes, List<String> subjects, List<String> children, List<String> functions) {

        @Override
        public String toString() {
            return login;
        }
    }

    static Stream<Expected> demoAccounts() {
        return Stream.of(
                new Expected("admin.region", "Nadia Rousseau", List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of("CENTRAL_ADMIN")),
                new Expected("anne.bernard", "Anne Bernard", List.of("PERSONNEL"), List.of(COLLEGE), List.of(),
                        List.of(), List.of(), List.of("LOCAL_ADMIN")),
                new Expected("marc.petit", "Marc Petit", List.of("PERSONNEL"), List.of(ECOLE), List.of(), List.of(),
                        List.of(), List.of("LOCAL_ADMIN")),
                new Expected("paul.martin", "Paul Martin", List.of("TEACHER"), List.of(COLLEGE), List.of("6A", "5A"),
                        List.of("Mathématiques"), List.of(), List.of()),
                new Expected("claire.leroy", "Claire Leroy", List.of("TEACHER"), List.of(ECOLE), List.of("CE1"),
                        List.of("Enseignement polyvalent"), List.of(), List.of()),
                new Expected("lucas.durand", "Lucas Durand", List.of("STUDENT"), List.of(COLLEGE), List.of("6A"),
                        List.of(), List.of(), List.of()),
                new Expected("emma.durand", "Emma Durand", List.of("STUDENT"), List.of(ECOLE), List.of("CE1"),
                        List.of(), List.of(), List.of()),
                new Expected("sophie.durand", "Sophie Durand", List.of("RELATIVE"), List.of(COLLEGE, ECOLE),
                        List.of(), List.of(), List.of("Lucas Durand", "Emma Durand"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void eachDemoAccountLogsInWithTheKeyboardSeesItsHomeAndLogsOut(Expected account) {
        page.navigate("/");
        assertThat(page).hasURL(LOGIN_URL);

        tabTo(page.locator("#username"));
        page.keyboard().type(account.login());
        page.keyboard().press("Tab");
        assertThat(page.locator("#password")).isFocused();
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(HOME_URL);
        assertHome(account);

        page.locator("details.account > summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
        assertThat(page).hasURL(LOGIN_URL);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("déconnecté");
        page.navigate("/");
        assertThat(page).hasURL(LOGIN_URL);
    }

    private void assertHome(Expected account) {
        assertThat(page.locator(".person-name")).hasText(account.displayName());
        assertThat(page.locator("details.account .account-name")).hasText(account.displayName());
        assertThat(page.locator("h1")).hasText("Bonjour " + account.displayName().split(" ")[0] + " !");

        assertThat(page.locator("[data-profile]")).hasCount(account.profiles().size());
        account.profiles().forEach(p -> assertThat(page.locator("[data-profile=" + p + "]")).isVisible());

        assertList("#structures", account.structures());
        assertList("#children", account.children());
        if (account.classes().isEmpty()) {
            assertThat(page.locator("#classes")).hasCount(0);
        } else {
            assertList("#classes", account.classes());
            for (String name : account.classes()) {
                Locator item = page.locator("#classes > li:has(strong:text-is('" + name + "'))");
                account.subjects().forEach(subject -> assertThat(item).containsText(subject));
            }
        }
        assertThat(page.locator("#functions [data-function]")).hasCount(account.functions().size());
        account.functions().forEach(f -> assertThat(page.locator("#functions [data-function=" + f + "]")).isVisible());
        if (account.functions().contains("LOCAL_ADMIN")) {
            assertThat(page.locator("#functions")).containsText(account.structures().getFirst());
        }
    }

    /** The items of list {@code selector}, in any order; no list at all when none is expected. */
    private void assertList(String selector, List<String> expected) {
        Locator items = page.locator(selector + " > li");
        if (expected.isEmpty()) {
            assertThat(page.locator(selector)).hasCount(0);
            return;
        }
        assertThat(items).hasCount(expected.size());
        expected.forEach(text -> assertThat(items.filter(new Locator.FilterOptions().setHasText(text))).hasCount(1));
    }

    @Test
    void aWrongPasswordShowsTheErrorAndTheFormStaysUsable() {
        page.navigate("/login");
        page.locator("#username").fill("lucas.durand");
        page.locator("#password").fill("not-the-password");
        page.locator("#password").press("Enter");

        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        Locator error = page.locator("#login-error");
        assertThat(error).isVisible();
        assertThat(error).hasAttribute("role", "alert");
        assertThat(error).containsText("Identifiant ou mot de passe incorrect");
        assertThat(page.locator("#password")).hasAttribute("aria-describedby", "login-error");
        assertThat(page.locator("#username")).hasAttribute("aria-invalid", "true");

        tabTo(page.locator("#username"));
        assertThat(page.locator("#username")).isEditable();
        page.keyboard().type("lucas.durand");
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(HOME_URL);
        assertThat(page.locator(".person-name")).hasText("Lucas Durand");
    }

    @Test
    void theLanguageSwitcherChangesTheLanguageAndKeepsIt() {
        page.navigate("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Connexion à Préau");

        chooseLanguage("English");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Log in to Préau");
        assertThat(page.getByLabel("Password")).isVisible();

        chooseLanguage("Español");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Iniciar sesión en Préau");

        logIn("lucas.durand");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("¡Hola, Lucas!");
        assertThat(page.locator("[data-profile=STUDENT]")).hasText("Alumno/a");

        chooseLanguage("Français");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Bonjour Lucas !");
    }

    private void chooseLanguage(String name) {
        page.locator("details.languages > summary").click();
        page.locator("details.languages").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name))
                .click();
    }

    @Test
    void anEnglishBrowserGetsEnglishByDefault() {
        openContext(options -> options.setLocale("en-GB"));
        page.navigate("/");
        assertThat(page).hasURL(LOGIN_URL);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Log in to Préau");
        assertThat(page.locator("label[for=username]")).hasText("Login");
    }

    @Test
    void aSmallScreenHasNoHorizontalScrollAndUsableMenus() {
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 740));
        page.navigate("/login");
        assertThat(page.locator("h1")).isVisible();
        assertThat(scrollWidth()).as("login page width").isLessThanOrEqualTo(MOBILE_WIDTH);

        logIn("sophie.durand");
        assertThat(page.locator("#children")).isVisible();
        assertThat(scrollWidth()).as("home page width").isLessThanOrEqualTo(MOBILE_WIDTH);

        page.locator("details.launcher > summary").click();
        Locator launcher = page.locator("#launcher");
        assertThat(launcher).isVisible();
        assertWithinScreen(launcher);
        launcher.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mon compte")).click();
        assertThat(page).hasURL(Pattern.compile("/account$"));
        assertThat(page.locator("#account-login")).hasText("sophie.durand");
        assertThat(scrollWidth()).as("account page width").isLessThanOrEqualTo(MOBILE_WIDTH);

        page.locator("details.account > summary").click();
        Locator accountMenu = page.locator("details.account .menu-list");
        assertThat(accountMenu).isVisible();
        assertWithinScreen(accountMenu);
        assertThat(accountMenu.locator(".menu-who")).containsText("Sophie Durand");
        accountMenu.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se déconnecter")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("déconnecté");
    }

    private void assertWithinScreen(Locator locator) {
        BoundingBox box = locator.boundingBox();
        assertThat(box.x).as("left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge").isLessThanOrEqualTo(MOBILE_WIDTH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/login, anonymous", "/, lucas.durand" })
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToMain(String path, String login) {
        if (!"anonymous".equals(login)) {
            logIn(login);
        }
        page.navigate(path);
        page.keyboard().press("Tab");
        Locator skip = page.locator(".skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).hasText("Aller au contenu principal");
        assertThat(skip).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main")).isFocused();
    }

    @Test
    void theMenusOpenWithTheKeyboardAndEscapeClosesThem() {
        logIn("paul.martin");
        Locator summary = page.locator("details.account > summary");
        summary.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("details.account")).hasAttribute("open", "");
        page.keyboard().press("Tab");
        assertThat(page.locator("details.account a[href='/account']")).isFocused();
        page.keyboard().press("Escape");
        assertThat(page.locator("details.account")).not().hasAttribute("open", "");
        assertThat(summary).isFocused();

        page.locator("details.launcher > summary").click();
        page.locator("details.account > summary").click();
        assertThat(page.locator("details.launcher")).not().hasAttribute("open", "");
        assertThat(page.locator("details.account")).hasAttribute("open", "");
    }

    @Test
    void aBoostedNavigationSwapsThePageAndMovesFocusToMain() {
        logIn("claire.leroy");
        page.evaluate("() => { window.preauSamePage = true; }");
        page.locator("details.launcher > summary").click();
        page.locator("#launcher a[data-app=account]").click();

        assertThat(page).hasURL(Pattern.compile("/account$"));
        assertThat(page).hasTitle("Mon compte – Préau");
        assertThat(page.locator("#account-login")).hasText("claire.leroy");
        assertThat(page.locator("#main")).isFocused();
        assertThat(page.locator("details.launcher")).not().hasAttribute("open", "");
        assertThat(page.evaluate("() => window.preauSamePage === true"))
                .as("htmx swapped the page instead of reloading it").isEqualTo(true);

        page.goBack();
        assertThat(page).hasURL(HOME_URL);
        assertThat(page.locator("#classes")).containsText("CE1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "fr-FR | fr | Page introuvable      | Code d'erreur : 404",
            "en-GB | en | Page not found        | Error code: 404",
            "es-ES | es | Página no encontrada  | Código de error: 404" })
    void anUnknownPageShowsTheFriendly404InTheUsersLanguage(String browserLocale, String lang, String heading,
            String errorCode) {
        openContext(options -> options.setLocale(browserLocale));
        logIn("emma.durand");
        var response = page.navigate("/no/such/page");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator("h1")).hasText(heading);
        assertThat(page.locator("main .muted")).hasText(errorCode);
        assertThat(page.locator("main")).not().containsText("{0}");
        assertThat(page.locator("details.account .account-name")).hasText("Emma Durand");
        assertThat(page.locator("main a[href='/']")).isVisible();
    }
}
