package org.preau.browser;

import org.preau.support.TestTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.diary.DiaryTestAccess;
import org.preau.directory.Directory;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The teacher's tools of the cahier de textes: a teaching group set up in the console by the local
 * admin, its book written by its teacher and read by its pupil, one
 * attachment removed after a confirmation, and homework written on a Friday evening published
 * on Monday morning (the clock is moved; it goes back to the real time after each test). Every
 * page axe-clean.
 */
class DiaryTeacherToolsBrowserTest extends BrowserTestSupport {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MovableClock clock;
    @Autowired
    private Directory directory;
    @Autowired
    private DiaryTestAccess diary;

    @Test
    void aLocalAdminSetsUpAGroupWhoseTeacherWritesItsBookForItsPupils() {
        logIn("anne.bernard");
        page.navigate("/admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collège Victor Hugo")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groupes d'enseignement")).click();
        assertAccessible("teaching groups");
        page.getByLabel("Nouveau groupe d'enseignement").fill("Maths 6e groupe A");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le groupe")).click();
        assertThat(page.locator("h1")).hasText("Maths 6e groupe A");
        page.getByLabel("Élèves de la classe").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("6A"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher les élèves")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter Lucas Durand au groupe")).click();
        assertThat(page.locator("#group-pupils > li")).hasCount(1);
        page.locator("#candidates button").first().click();
        assertThat(page.locator("#group-pupils > li")).hasCount(2);
        page.getByLabel("Enseignant", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Paul Martin"));
        page.getByLabel("Matière").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Mathématiques"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter l'enseignant")).click();
        assertThat(page.locator("#group-teachers")).containsText("Paul Martin (Mathématiques)");
        assertAccessible("a teaching group");
        page.setViewportSize(MOBILE_WIDTH, 800);
        assertAccessible("a teaching group, 360 px", MOBILE_WIDTH);
        page.setViewportSize(DESKTOP_WIDTH, 800);
        context.clearCookies();

        String title = "Déclinaisons " + System.nanoTime() % 100_000;

        logIn("paul.martin");
        page.navigate("/diary");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cahier de textes de Maths 6e groupe A")).click();
        assertAccessible("group's book");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouveau devoir")).click();
        page.getByLabel("Matière").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Mathématiques"));
        page.getByLabel("Pour le").fill(TestTime.today().plusDays(2).toString());
        page.getByLabel("Titre").fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("L'entrée a été enregistrée.");
        context.clearCookies();

        logIn("lucas.durand");
        page.navigate("/diary/homework?view=subject");
        assertThat(page.locator(".homework-line", new Page.LocatorOptions().setHasText(title))).isVisible();
        assertAccessible("pupil's homework with the group's");
    }

    @Test
    void aTeacherRemovesOneAttachmentAfterConfirming() {
        var demo = new DemoData(jdbc);
        UUID homework = diary.homeworkWithFiles(user(demo.personId("paul.martin")),
                demo.classId(DemoData.COLLEGE_UAI, "6A"), "Deux fiches " + System.nanoTime() % 100_000,
                TestTime.today().plusDays(3), List.of("fiche.pdf", "corrige.pdf"),
                () -> new ByteArrayInputStream("%PDF-1.4\n".getBytes()));

        logIn("paul.martin");
        page.navigate("/diary/homework/" + homework + "/edit");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retirer fiche.pdf")).click();
        assertThat(page.locator("h1")).hasText("Retirer une pièce jointe");
        assertAccessible("removal confirmation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La pièce jointe a été retirée.");
        Locator files = page.locator(".attachment-list li");
        assertThat(files).hasCount(1);
        assertThat(files).containsText("corrige.pdf");
        assertAccessible("form after the removal");
    }

    @Test
    void homeworkWrittenOnFridayEveningIsPublishedOnMondayMorning() {
        clock.set(ZonedDateTime.of(2026, 11, 27, 21, 0, 0, 0, PeopleTime.ZONE).toInstant());
        var demo = new DemoData(jdbc);
        String title = "Pour mardi " + System.nanoTime() % 100_000;
        logIn("paul.martin");
        page.navigate("/diary/classes/" + demo.classId(DemoData.COLLEGE_UAI, "6A") + "/homework/new");
        page.getByLabel("Pour le").fill("2026-12-01");
        page.getByLabel("Titre").fill(title);
        Locator morning = page.getByLabel("Publier à 07:30 le prochain jour d'école (lundi 30 novembre)");
        morning.check();
        assertAccessible("form outside school hours");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("L'entrée a été enregistrée.");
        assertThat(page.locator("article.entry", new Page.LocatorOptions().setHasText(title)))
                .containsText("30/11/2026");
        context.clearCookies();

        logIn("lucas.durand");
        page.navigate("/diary/homework?view=week&week=2026-11-30");
        assertThat(page.locator(".homework-line", new Page.LocatorOptions().setHasText(title))).hasCount(0);
        clock.set(ZonedDateTime.of(2026, 11, 30, 7, 31, 0, 0, PeopleTime.ZONE).toInstant());
        context.clearCookies(); // a session lives 12 hours at most
        logIn("lucas.durand");
        page.navigate("/diary/homework?view=week&week=2026-11-30");
        assertThat(page.locator(".homework-line", new Page.LocatorOptions().setHasText(title))).isVisible();
    }

    private PreauUser user(UUID person) {
        PersonId id = new PersonId(person);
        return new PreauUser(id, person.toString(), "Someone", directory.roles(id), true, null);
    }
}
