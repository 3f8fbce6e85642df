package org.preau.browser;

import org.preau.support.TestTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.platform.PeopleTime;
import org.preau.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Messaging on the communication rules, in a browser: a parent's picker proposes their
 * children's teachers but not another parent; a teacher writing on Sunday evening sends at
 * 07:30 on Monday with one button and finds the message scheduled in Sent.
 */
class RecipientRulesBrowserTest extends BrowserTestSupport {

    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aParentsPickerProposesTeachersButNotAnotherParent() {
        String otherParent = jdbc.sql("""
                select p.display_name from directory.family_links f
                join directory.class_members m on m.person_id = f.child_id join directory.classes c on c.id = m.class_id
                join directory.persons p on p.id = f.relative_id
                where c.name = '6A' and p.last_name <> 'Durand' order by p.display_name limit 1""")
                .query(String.class).single();
        logIn("sophie.durand");
        page.navigate("/messages/new");
        page.getByLabel("Ajouter des destinataires").fill(otherParent);
        assertThat(page.locator("#picker-status")).hasText("Aucun destinataire trouvé.");
        page.getByLabel("Ajouter des destinataires").fill("Paul Martin");
        assertThat(button("Ajouter Paul Martin en destinataire (À)")).isVisible();
        assertAccessible("a parent's picker");
    }

    @Test
    void onSundayEveningATeacherSendsAtTheNextSchoolMorning() {
        clock.set(LocalDateTime.parse("2026-11-29T21:15").atZone(PeopleTime.ZONE).toInstant());
        try {
            logIn("paul.martin");
            page.navigate("/messages/new");
            page.getByLabel("Ajouter des destinataires").fill("durand");
            button("Ajouter Lucas Durand en destinataire (À)").click();
            assertThat(page.locator("#chips-TO")).containsText("Lucas Durand");
            page.getByLabel("Objet").fill("Pour lundi matin");
            Locator deferred = button("Envoyer à 07:30 le prochain jour d'école (lundi 30 novembre)");
            assertThat(deferred).isVisible();
            assertAccessible("compose on Sunday evening");
            deferred.click();
            assertThat(page).hasURL(Pattern.compile("/messages\\?folder=SENT&scheduled$"));
            Locator line = page.locator("#mail-lines a", new Page.LocatorOptions().setHasText("Pour lundi matin"));
            assertThat(line).containsText("Programmé pour le 30/11/2026 07:30");
            assertAccessible("sent box with the scheduled message");
        } finally {
            clock.set(org.preau.support.TestTime.now());
            jdbc.sql("delete from messaging.messages where subject = 'Pour lundi matin'").update();
        }
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
