package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.preau.diary.DiaryTestAccess;
import org.preau.support.MovableClock;
import org.preau.support.TestMailServer;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

/**
 * Base of the browser tests: the application on a random port (a fresh embedded database
 * seeded with the demo territory, shared by the test classes as Spring caches the context: they
 * all have this one configuration, a clock that ticks and that a journey may set, which goes back to
 * the real time after each test),
 * one Playwright and one headless Debian Chromium for the whole run, a fresh browser context
 * (cookies, storage) and page per test.
 *
 * <p>Pages speak French by default ({@code Accept-Language: fr-FR}) on a 1280×800 screen.
 * Every console error and uncaught script error of the page (a refused inline style or
 * script shows up there) is collected in {@link #consoleErrors}, and a test fails if any is
 * left at its end.
 *
 * <p>Offline: Playwright's driver runs on the Node.js shipped in the {@code driver-bundle}
 * jar, extracted to {@code java.io.tmpdir} (which must allow executing files); browser
 * downloads are skipped and Chromium comes from Debian ({@code -Dpreau.chromium=...} to use
 * another one).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.class)
@Import({ MissingMessages.class, MovableClock.TickingConfig.class, DiaryTestAccess.class })
@ExtendWith(BrowserTestSupport.SharedChromium.class)
abstract class BrowserTestSupport {

    static final String PASSWORD = "Preau-Demo-2026!";
    static final int DESKTOP_WIDTH = 1280;
    static final int MOBILE_WIDTH = 360;
    /** What a template shows for a message key no bundle has: {@code ??key_fr_FR??}. */
    static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[\\w.\\-]+_[a-z]{2}(_[A-Z]{2})?\\?\\?");
    /** The login form's CSRF token. */
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The home page. */
    static final Pattern HOME_URL = Pattern.compile(":\\d+/$");

    private static final Path CHROMIUM = Path.of(System.getProperty("preau.chromium", "/usr/bin/chromium"));
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync");

    /** The browser of the whole run, shared by the test classes. */
    private static Browser browser;

    @LocalServerPort
    private int port;
    @Autowired
    private MovableClock clock;

    /** The context and page of the running test. */
    protected BrowserContext context;
    protected Page page;
    /** Console errors and uncaught exceptions of every page opened in {@link #context}. */
    protected final List<String> consoleErrors = new ArrayList<>();

    /** Playwright and Chromium, started once for the whole run and closed at its end by JUnit. */
    record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

        static Chromium launch() {
            // The driver runs on the Node.js of the driver-bundle jar; it must not download browsers.
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            return new Chromium(playwright, browser);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    /**
     * Closes the application at the end of the run, while its embedded PostgreSQL still runs.
     * Left to the JVM's shutdown hooks, the database may stop first (it has its own hook), and
     * closing the application then waits 30 seconds for a connection (Spring Modulith's event
     * registry reads the database when it closes) until Surefire kills the JVM.
     */
    record ApplicationCloser(ConfigurableApplicationContext application) implements AutoCloseable {

        @Override
        public void close() {
            application.close();
        }
    }

    /** Launching Chromium takes a while: once per run, kept in JUnit's root store. */
    static final class SharedChromium implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext extension) {
            var store = extension.getRoot().getStore(ExtensionContext.Namespace.create(SharedChromium.class));
            if (SpringExtension.getApplicationContext(extension) instanceof ConfigurableApplicationContext application) {
                // stored before Chromium is launched, so closed after it (the store closes in reverse order)
                store.computeIfAbsent(application, ApplicationCloser::new, ApplicationCloser.class);
            }
            browser = store.computeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class).browser();
            PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        }
    }

    @BeforeEach
    void openContext() {
        consoleErrors.clear();
        MissingMessages.MET.clear();
        openContext(options -> { });
    }

    /**
     * Every test also checks that its pages logged no error (CSP refusals included) and that no
     * template met a message key missing from the bundles ({@code ??key??}), in any language.
     */
    @AfterEach
    void noConsoleErrorThenClose() {
        try {
            assertThat(consoleErrors).as("console errors").isEmpty();
            assertThat(MissingMessages.MET).as("message keys missing from the bundles").isEmpty();
            if (page != null && !page.isClosed()) {
                assertTranslated(page.url());
            }
        } finally {
            closeContext();
            clock.reset();
        }
    }

    private void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /**
     * Replaces the test's context with one whose defaults (French, 1280×800) are adjusted by
     * {@code adjust}, e.g. {@code o -> o.setLocale("en-GB")}.
     */
    protected void openContext(Consumer<Browser.NewContextOptions> adjust) {
        closeContext();
        var options = new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("fr-FR")
                .setTimezoneId("Europe/Paris")
                .setViewportSize(DESKTOP_WIDTH, 800);
        adjust.accept(options);
        context = browser.newContext(options);
        context.setDefaultTimeout(10_000);
        context.onPage(this::watch);
        page = context.newPage();
    }

    private void watch(Page opened) {
        opened.onConsoleMessage(message -> {
            // A page served with an error status (the 404 page) logs its own status: not a fault.
            boolean ownStatus = message.location().equals(opened.url() + ":0:0");
            if ("error".equals(message.type()) && !ownStatus) {
                consoleErrors.add(opened.url() + ": " + message.text() + " (at " + message.location() + ")");
            }
        });
        opened.onPageError(error -> consoleErrors.add(opened.url() + ": uncaught " + error));
    }

    /**
     * Logs in as the login form does, then opens the home page: the form is posted from the
     * browser context's request client (its cookies and user agent), which saves rendering the
     * login page in every journey; the form's own journeys (pointer, keyboard, errors, MFA) are
     * in {@code LoginJourneyBrowserTest} and {@code MfaBrowserTest}.
     */
    protected void logIn(String login) {
        String form = context.request().get("/login").text();
        Matcher token = CSRF_FIELD.matcher(form);
        assertThat(token.find()).as("the login form's CSRF field").isTrue();
        APIResponse answer = context.request().post("/login", RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("username", login).set("password", PASSWORD).set("_csrf", token.group(1))));
        assertThat(answer.status()).as("login of %s", login).isEqualTo(302);
        page.navigate("/");
        assertThat(page).hasURL(HOME_URL);
    }

    /** Presses Tab until {@code target} has the focus; fails after 20 presses. */
    protected void tabTo(Locator target) {
        for (int i = 0; i < 20; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("e => e === document.activeElement")) {
                return;
            }
        }
        assertThat(target).isFocused();
    }

    /** The innermost elements that stick out of the screen on the right, to say what a narrow screen scrolls for. */
    protected String overflowing() {
        return String.valueOf(page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth
                                 && ![...e.children].some(c => c.getBoundingClientRect().right
                                                               > document.documentElement.clientWidth))
                    .slice(0, 10)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
                              + ' (' + Math.round(e.getBoundingClientRect().right) + ')')
                    .join(', ')"""));
    }

    /**
     * The selects of the page whose chosen text does not fit in them although they could be
     * wider (narrower than their column), or that stick out of the screen: a cut-off select.
     */
    protected List<String> cutSelects() {
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate("""
                () => {
                    const canvas = document.createElement('canvas').getContext('2d');
                    return [...document.querySelectorAll('select')].filter(s => s.offsetParent !== null).filter(s => {
                        const style = getComputedStyle(s);
                        canvas.font = style.font;
                        const text = s.selectedOptions.length ? s.selectedOptions[0].text : '';
                        const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
                        const column = s.parentElement.clientWidth;
                        const box = s.getBoundingClientRect();
                        const fits = canvas.measureText(text).width <= room || box.width >= column - 1;
                        const tall = s.scrollHeight <= s.clientHeight + 1 && box.height >= parseFloat(style.fontSize);
                        return !fits || !tall || box.right > document.documentElement.clientWidth;
                    }).map(s => '#' + s.id + ' (' + Math.round(s.getBoundingClientRect().width) + ' px: '
                                + (s.selectedOptions.length ? s.selectedOptions[0].text : '') + ')');
                }""");
        return cut;
    }

    /** The horizontal overflow of the document: what a narrow screen would have to scroll. */
    protected int scrollWidth() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    /** {@link #assertAccessible(String)}, and nothing wider than the screen (WCAG 1.4.10, reflow). */
    protected void assertAccessible(String what, int width) {
        assertAccessible(what);
        assertThat(scrollWidth()).as("width of %s; sticking out: %s", what, overflowing()).isLessThanOrEqualTo(width);
    }

    /** The current page shows no {@code ??key??} and no template met a missing key so far. */
    protected void assertTranslated(String what) {
        assertThat(MissingMessages.MET).as("message keys missing from the bundles, up to %s", what).isEmpty();
        var untranslated = UNTRANSLATED.matcher(page.content());
        assertThat(untranslated.find() ? untranslated.group() : null).as("untranslated key on %s", what).isNull();
    }

    /**
     * axe-core's WCAG 2.1 A and AA rules on the current page: no serious or critical
     * violation, and no console error so far (a refused inline style or script is one).
     */
    protected void assertAccessible(String what) {
        AxeCheck.assertNoSeriousViolation(page, what);
        assertThat(consoleErrors).as("console errors on %s", what).isEmpty();
        assertTranslated(what);
    }
}
