package org.preau.browser;

import org.preau.support.TestTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.PeopleTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The cahier de textes as people use it: a collège teacher sets homework, the pupil ticks it
 * done, the parent reads it; a primary teacher's quick entry read by a CE1 pupil on a phone;
 * the head signs a teacher's book. Every page axe-clean.
 */
class DiaryBrowserTest extends BrowserTestSupport {


    @Autowired
    private JdbcClient jdbc;
    private DemoData demo;

    @BeforeEach
    void demoData() {
        demo = new DemoData(jdbc);
    }

    @Test
    void aTeacherSetsHomeworkThePupilTicksItAndTheParentSeesIt() {
        String title = "Problèmes " + System.nanoTime() % 100_000;
        logIn("paul.martin");
        page.navigate("/diary");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cahier de textes de 6A")).click();
        assertAccessible("class book");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouveau devoir")).click();
        page.getByLabel("Pour le").fill(TestTime.today().plusDays(2).toString());
        page.getByLabel("Titre").fill(title);
        page.getByLabel("Consignes").fill("Faire les problèmes 1 à 3.");
        page.getByLabel("Temps estimé (en minutes)").fill("25");
        assertAccessible("homework form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("L'entrée a été enregistrée.");
        assertThat(page.locator("article.entry", new Page.LocatorOptions().setHasText(title))).isVisible();
        context.clearCookies();

        logIn("lucas.durand");
        page.navigate("/diary");
        Locator line = page.locator(".homework-line", new Page.LocatorOptions().setHasText(title));
        assertThat(line).isVisible();
        assertThat(line).containsText("25 min");
        assertAccessible("pupil's homework");
        Locator done = line.getByRole(AriaRole.BUTTON);
        assertThat(done).hasAttribute("aria-pressed", "false");
        done.click();
        assertThat(line.getByRole(AriaRole.BUTTON)).hasAttribute("aria-pressed", "true");
        assertThat(line.getByRole(AriaRole.BUTTON)).hasText("Fait");
        page.reload();
        assertThat(page.locator(".homework-line", new Page.LocatorOptions().setHasText(title)).getByRole(AriaRole.BUTTON))
                .hasAttribute("aria-pressed", "true");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Semaine")).click();
        assertAccessible("pupil's week");
        context.clearCookies();

        logIn("sophie.durand");
        page.navigate("/diary/homework");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lucas Durand")).click();
        Locator parentLine = page.locator(".homework-line", new Page.LocatorOptions().setHasText(title));
        assertThat(parentLine).isVisible();
        assertThat(parentLine.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertAccessible("parent's view");
    }

    @Test
    void aPrimaryTeachersQuickEntryReachesEmmaOnAPhone() {
        String text = "Colorier la carte de France " + System.nanoTime() % 100_000;
        logIn("claire.leroy");
        page.navigate("/diary/classes/" + demo.classId(DemoData.ECOLE_UAI, "CE1") + "/day");
        page.getByLabel("Questionner le monde").fill(text);
        page.getByLabel("Pour le").fill(TestTime.today().plusDays(1).toString());
        assertAccessible("quick entry");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les devoirs")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 devoir enregistré pour toute la classe.");
        context.clearCookies();

        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 800));
        logIn("emma.durand");
        page.navigate("/diary");
        assertThat(page.locator("h1")).hasText("Mes devoirs");
        Locator item = page.locator(".young-item", new Page.LocatorOptions().setHasText(text));
        assertThat(item).isVisible();
        assertThat(item.getByRole(AriaRole.IMG)).hasAttribute("alt", "Questionner le monde");
        assertAccessible("young pupil's view");
        assertThat(scrollWidth()).as("sticking out: %s", overflowing()).isLessThanOrEqualTo(MOBILE_WIDTH);
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("J'ai fait ce devoir")).click();
        assertThat(item.locator(".done-button")).hasAttribute("aria-pressed", "true");
    }

    @Test
    void aPupilReadsTheClassBookOfHisClass() {
        logIn("lucas.durand");
        page.navigate("/diary");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cahier de textes de 6A")).click();
        assertThat(page.locator("h1")).hasText("Cahier de textes de 6A");
        assertThat(page.locator("article.entry", new Page.LocatorOptions().setHasText("Les fractions")).first())
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle séance"))).hasCount(0);
        assertThat(page.locator(".entry-actions")).hasCount(0);
        // the day's name takes a capital, the month does not ("Lundi 7 décembre")
        assertThat(page.locator(".book-day h3").first().innerText()).matches("\\p{L}+ \\d{1,2} \\p{Ll}+");
        assertAccessible("class book read by a pupil");
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 800));
        logIn("lucas.durand");
        page.navigate("/diary/classes/" + demo.classId("0930002B", "6A"));
        assertThat(page.locator("h1")).hasText("Cahier de textes de 6A");
        assertThat(scrollWidth()).as("sticking out: %s", overflowing()).isLessThanOrEqualTo(MOBILE_WIDTH);
    }

    @Test
    void theHeadSignsATeachersBook() {
        logIn("anne.bernard");
        page.navigate("/diary");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Paul Martin")).click();
        assertThat(page.locator("h1")).hasText("Cahier de textes de Paul Martin");
        assertAccessible("teacher's book");
        page.getByLabel("Commentaire (facultatif)").fill("Cahier bien tenu, merci.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Viser")).click();
        // the visa cannot be withdrawn: a page says what it covers and asks again
        assertThat(page.locator("h1")).hasText("Viser ce cahier de textes ?");
        assertThat(page.locator("#visa-what")).containsText("ne pourront plus être modifiés ni supprimés");
        assertAccessible("visa confirmation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer le visa")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le visa a été enregistré.");
        assertThat(page.locator("#visa-history")).containsText("Cahier bien tenu, merci.");
        assertThat(page.locator("article.entry .visa-badge").first()).containsText("Anne Bernard");
        assertAccessible("signed book");
    }


}
