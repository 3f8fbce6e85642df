package org.preau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every profile walks its main pages (what the launcher, the account menu and each page's own
 * navigation link to) in French, English and Spanish: no page shows a {@code ??key??}, no
 * template meets a key missing from a bundle, no page fails, no select is cut off (Spanish is
 * walked on a phone).
 */
class TranslationsBrowserTest extends BrowserTestSupport {

    /** Pages a walk visits at most per language, so that the walk stops by itself. */
    private static final int MAX_PAGES = 45;
    /** Links that download a file, end the session, or switch the language: not pages to walk. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "logout|lang=|\\.(pdf|csv|xml|ics)|/download|/export|/attachments/|/letters|/files/|/stream|swagger|api-docs");

    @ParameterizedTest
    @ValueSource(strings = { "admin.region", "anne.bernard", "paul.martin", "lucas.durand", "sophie.durand" })
    void everyMainPageOfAProfileIsTranslatedInEveryLanguage(String login) {
        logIn(login);
        for (String language : List.of("fr", "en", "es")) {
            // Spanish on a phone: the longest labels on the narrowest screen
            page.setViewportSize("es".equals(language) ? MOBILE_WIDTH : DESKTOP_WIDTH, 800);
            page.navigate("/?lang=" + language);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
            Set<String> toVisit = new LinkedHashSet<>(links("#launcher a, .shell-tools a, main a"));
            Set<String> visited = new LinkedHashSet<>();
            List<String> failed = new ArrayList<>();
            while (!toVisit.isEmpty() && visited.size() < MAX_PAGES) {
                String path = toVisit.iterator().next();
                toVisit.remove(path);
                visited.add(path);
                var response = page.navigate(path);
                if (response == null || response.status() >= 400) {
                    failed.add(path + " (" + (response == null ? "no answer" : response.status()) + ")");
                    continue;
                }
                assertTranslated(path + " in " + language + " as " + login);
                assertThat(cutSelects()).as("cut-off selects on %s in %s", path, language).isEmpty();
                // one level down: the page's own navigation (the console's sections, the account's tabs)
                if (visited.size() < 12) {
                    links("main nav a, .tabs a, .console-nav a").stream().filter(l -> !visited.contains(l))
                            .forEach(toVisit::add);
                }
                // the account's and the console's pages are links of their main page
                if (path.equals("/account") || path.equals("/admin")) {
                    links("main a").stream().filter(l -> !visited.contains(l)).limit(8).forEach(toVisit::add);
                }
            }
            System.out.printf("Walked as %s in %s: %s%n", login, language, visited);
            assertThat(failed).as("pages that failed in %s as %s", language, login).isEmpty();
            assertThat(visited).as("pages walked").hasSizeGreaterThan(3);
        }
    }

    private List<String> links(String selector) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) page.locator(selector).evaluateAll(
                "links => links.map(a => a.getAttribute('href')).filter(h => h && h.startsWith('/') && !h.startsWith('//'))");
        return hrefs.stream().map(h -> h.replaceFirst("#.*$", "")).filter(h -> !h.isEmpty())
                .filter(h -> !NOT_A_PAGE.matcher(h).find()).distinct().toList();
    }
}
