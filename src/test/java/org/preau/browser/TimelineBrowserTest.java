package org.preau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.preau.timeline.Notifications;
import org.preau.timeline.Notifications.Notice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The timeline in a browser: the feed (hide, report through the moderation service), the
 * notification settings, a school's quiet hours, a reported notice neutralized from the
 * moderation queue, and the header's count updated live, each checked with axe
 * on a desktop and (where it matters) on a 360 px screen.
 */
class TimelineBrowserTest extends BrowserTestSupport {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Notifications notifications;
    private DemoData demo;

    @BeforeEach
    void demoData() {
        demo = new DemoData(jdbc);
    }

    /** A homework notification from the collège to these people, with a subject to find it by. */
    private void tell(String subject, String... logins) {
        List<PersonId> people = Arrays.stream(logins).map(l -> new PersonId(demo.personId(l))).toList();
        notifications.notify(new Notice("diary.homework", people, List.of(subject, "lundi"), "/diary",
                new StructureId(demo.structureId(DemoData.COLLEGE_UAI)), "browser:" + UUID.randomUUID()));
    }

    private Locator item(String subject) {
        return page.locator("#timeline-items li").filter(new Locator.FilterOptions().setHasText(subject));
    }

    @Test
    void theFeedHidesAnEntryAndReportsAnotherOnASmallScreen() {
        tell("Physique", "lucas.durand");
        tell("Chimie", "lucas.durand");
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 740));
        logIn("lucas.durand");
        page.locator("#timeline-bell").click();
        assertThat(page).hasURL(Pattern.compile("/timeline$"));
        assertThat(item("Physique")).isVisible();
        assertAccessible("feed", MOBILE_WIDTH);

        item("Physique").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Masquer")).click();
        assertThat(page.locator("main [role=status]")).hasText("La notification est masquée.");
        assertThat(item("Physique")).hasCount(0);

        reportFromTheFeed("Chimie");
        assertAccessible("feed after a report", MOBILE_WIDTH);
    }

    @Test
    void theSettingsPageSavesAChoice() {
        logIn("sophie.durand");
        page.navigate("/account/notifications");
        Locator mail = page.getByLabel("Par courriel : Devoirs à faire");
        mail.selectOption("WEEKLY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Enregistrer mes choix")).click();
        assertThat(page.locator("main [role=status]")).hasText("Vos choix sont enregistrés.");
        assertThat(page.getByLabel("Par courriel : Devoirs à faire")).hasValue("WEEKLY");
        assertAccessible("notification settings");
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 740));
        logIn("sophie.durand");
        page.navigate("/account/notifications");
        assertAccessible("notification settings", MOBILE_WIDTH);
    }

    @Test
    void aLocalAdminSetsTheSchoolsQuietHoursFromTheLauncher() {
        logIn("marc.petit");
        page.locator("details.launcher > summary").click();
        page.locator("#launcher a[data-app=timeline-admin]").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Heures calmes des établissements")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("Jean Moulin"))).click();
        assertThat(page.locator("h1")).containsText("Heures calmes");
        assertAccessible("structure quiet hours");

        page.locator("#sq-morning").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Enregistrer les heures calmes")).click();
        assertThat(page.locator("#sq-morning-error")).isVisible();
        assertThat(page.locator("#sq-morning")).hasAttribute("aria-describedby", "sq-morning-error");
        assertAccessible("structure quiet hours with an error");

        page.locator("#sq-morning").fill("06:45");
        page.getByLabel("Imposer ces heures calmes à tous").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Enregistrer les heures calmes")).click();
        assertThat(page.locator("main [role=status]")).hasText("Les heures calmes de l'établissement sont enregistrées.");
        assertThat(page.locator("#sq-morning")).hasValue("06:45");
        assertThat(page.getByLabel("Imposer ces heures calmes à tous")).isChecked();
        openContext(options -> options.setViewportSize(MOBILE_WIDTH, 740));
        logIn("marc.petit");
        page.navigate("/admin/structures/" + demo.structureId(DemoData.ECOLE_UAI) + "/quiet-hours");
        assertAccessible("structure quiet hours", MOBILE_WIDTH);
    }

    /** "Signaler" on a notice of the feed: the moderation service's form, then back to the feed. */
    private void reportFromTheFeed(String subject) {
        item(subject).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Signaler")).click();
        assertThat(page.locator("h1")).hasText("Signaler un contenu");
        page.getByLabel("Harcèlement ou moquerie").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaler")).click();
        assertThat(page).hasURL(Pattern.compile("/timeline\\?reported$"));
        assertThat(page.locator("main [role=status]")).containsText("la modération de l'établissement va l'examiner");
    }

    @Test
    void aReportedNotificationIsNeutralizedForEveryoneFromTheModerationQueue() {
        tell("Technologie", "lucas.durand", "sophie.durand");
        logIn("lucas.durand");
        page.navigate("/timeline");
        reportFromTheFeed("Technologie");

        openContext(options -> { });
        logIn("anne.bernard");
        UUID report = jdbc.sql("""
                select r.id from moderation.reports r join timeline.entries e on e.id = r.target_id
                where r.type = 'NOTICE' and 'Technologie' = any(e.args)""").query(UUID.class).single();
        page.navigate("/moderation/reports/" + report);
        assertThat(page.locator("#evidence")).containsText("Nouveau devoir de Technologie");
        assertAccessible("a reported notice");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neutraliser")).click();
        assertThat(page.locator("#decision-done")).hasText("Contenu neutralisé : plus personne ne le voit.");

        openContext(options -> { });
        logIn("sophie.durand");
        page.navigate("/timeline");
        assertThat(page.locator("h1")).hasText("Notifications");
        assertThat(item("Technologie")).hasCount(0);
    }

    @Test
    void theHeaderCountGrowsWithoutReloadingWhenANotificationArrives() {
        logIn("paul.martin");
        Locator count = page.locator("#timeline-unread");
        int before = Integer.parseInt(count.textContent().strip());
        // the stream is open once the page's script got the first count
        assertThat(page.locator("#timeline-bell[data-live=on]")).hasCount(1);
        page.evaluate("() => { window.notReloaded = true; }");

        tell("Musique", "paul.martin");

        // other notifications may arrive meanwhile: the badge catches up with the person's count
        PersonId paul = new PersonId(demo.personId("paul.martin"));
        page.waitForCondition(() -> {
            int shown = Integer.parseInt(count.textContent().strip());
            return shown > before && shown == notifications.unread(paul);
        });
        assertThat(page.locator("#timeline-unread-label"))
                .hasText(count.textContent().strip() + " notification(s) non lue(s)");
        assertThat(page).hasURL(HOME_URL);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.notReloaded")).isEqualTo(true);
        assertAccessible("home with the live count");
    }
}
