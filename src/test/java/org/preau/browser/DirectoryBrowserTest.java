package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * The annuaire as people use it: live results as they type, tolerant of accents and typos,
 * and only the people each one may see; "Ma classe" reached from the home page.
 */
class DirectoryBrowserTest extends BrowserTestSupport {

    private static final String COLLEGE = "Collège Victor Hugo";
    private static final String ECOLE = "École élémentaire Jean Moulin";

    @Autowired
    private JdbcClient jdbc;
    private DemoData demo;

    @BeforeEach
    void demoData() {
        demo = new DemoData(jdbc);
    }

    @Test
    void aPupilFindsATeacherAsTheyTypeButNotAPupilOfAnotherClass() {
        logIn("lucas.durand");
        page.navigate("/directory");
        page.evaluate("() => { window.preauSamePage = true; }");

        tabTo(page.locator("#q"));
        page.keyboard().type("celine fontaime");
        Locator hit = results().filter(new Locator.FilterOptions().setHasText("Céline Fontaine"));
        assertThat(hit).hasCount(1);
        assertThat(hit).hasAttribute("data-type", "PERSON");
        assertThat(hit).containsText("Enseignant·e");
        assertThat(hit).containsText(COLLEGE);
        // the count is in a status that stayed in the page, so screen readers announce it
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("résultat");
        assertThat(page).hasURL(Pattern.compile("/directory\\?q=celine(\\+|%20)fontaime$"));
        assertThat(page.evaluate("() => window.preauSamePage === true"))
                .as("the results came without reloading the page").isEqualTo(true);

        String otherPupil = demo.pupilWithRareLastName(DemoData.COLLEGE_UAI, "5A").lastName();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Backspace");
        assertThat(results()).hasCount(0);
        page.keyboard().type(otherPupil);
        assertThat(page.locator("#results-status"))
                .containsText("Aucun résultat pour « " + otherPupil + " » parmi les personnes que vous pouvez voir.");
        assertThat(results()).hasCount(0);
        assertThat(page.locator("#q")).isFocused();
    }

    @Test
    void aParentFindsHerChildrensTeacherButNotAClassmateOfHerSon() {
        logIn("sophie.durand");
        page.navigate("/directory");
        search("paul martin");
        assertThat(results().filter(new Locator.FilterOptions().setHasText("Paul Martin"))).hasCount(1);

        String classmate = demo.pupilWithRareLastName(DemoData.COLLEGE_UAI, "6A").lastName();
        search(classmate);
        assertThat(page.locator("#results-status")).containsText("Aucun résultat pour « " + classmate + " »");
        assertThat(results()).hasCount(0);
    }

    @Test
    void theCentralAdminFindsPupilsOfEverySchool() {
        logIn("admin.region");
        page.navigate("/directory");
        DemoData.Pupil ecolePupil = demo.pupilWithRareLastName(DemoData.ECOLE_UAI, "CM2");
        search(ecolePupil.lastName());
        Locator hit = results().filter(new Locator.FilterOptions().setHasText(ecolePupil.displayName()));
        assertThat(hit).hasCount(1);
        assertThat(hit).containsText("Élève");
        assertThat(hit).containsText(ECOLE);

        // the pupil a collège pupil of another class could not find does exist
        DemoData.Pupil collegePupil = demo.pupilWithRareLastName(DemoData.COLLEGE_UAI, "5A");
        search(collegePupil.lastName());
        assertThat(results().filter(new Locator.FilterOptions().setHasText(collegePupil.displayName())))
                .hasCount(1);
    }

    @Test
    void theSearchWorksWithoutJavaScript() {
        openContext(options -> options.setJavaScriptEnabled(false));
        logIn("lucas.durand");
        page.navigate("/directory");
        page.locator("#q").fill("Paul Martin");
        page.locator("#q").press("Enter");
        assertThat(page).hasURL(Pattern.compile("/directory\\?q=Paul(\\+|%20)Martin$"));
        assertThat(results().filter(new Locator.FilterOptions().setHasText("Paul Martin"))).hasCount(1);
        assertThat(page.locator("#q")).hasValue("Paul Martin");
    }

    @Test
    void aTeacherOpensTheClassFromTheHomePageWithTheKeyboardAndSeesTheParents() {
        logIn("paul.martin");
        Locator link = page.locator("#classes a").filter(new Locator.FilterOptions().setHasText("6A"));
        tabTo(link);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("/classes/" + demo.classId(DemoData.COLLEGE_UAI, "6A") + "$"));
        assertThat(page.locator("h1")).hasText("Classe 6A");
        assertThat(page.locator("#main")).isFocused();
        assertThat(page.locator("#class-teachers")).containsText("Paul Martin");
        assertThat(page.locator("#class-teachers")).containsText("Mathématiques");
        // a teacher also ticks pupils and prints them new codes (the first heading is for screen readers)
        assertThat(page.locator("#class-pupils thead th")).hasText(new String[] { "Choisir", "Élève", "Parents", "Compte" });
        Locator lucas = page.locator("#class-pupils tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Lucas Durand"));
        assertThat(lucas).containsText("Sophie Durand");
        assertThat(lucas).containsText("Nicolas Durand");
        assertThat(page.locator("#class-pupils tbody tr")).hasCount(25);
    }

    @Test
    void aPupilSeesTheClassWithoutParentsAndNotAnotherClass() {
        logIn("lucas.durand");
        page.locator("#classes a").first().click();
        assertThat(page.locator("h1")).hasText("Classe 6A");
        assertThat(page.locator("#class-teachers")).containsText("Paul Martin");
        assertThat(page.locator("#class-pupils thead th")).hasText(new String[] { "Élève" });
        assertThat(page.locator("#class-pupils")).not().containsText("Sophie Durand");

        var response = page.navigate("/classes/" + demo.classId(DemoData.COLLEGE_UAI, "5A"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page introuvable");
    }

    /** Replaces the query; the results follow as if typed (the assertions wait for them). */
    private void search(String query) {
        page.locator("#q").fill(query);
    }

    private Locator results() {
        return page.locator("#results li");
    }
}
