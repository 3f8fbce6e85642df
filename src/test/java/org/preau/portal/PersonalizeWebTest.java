package org.preau.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** Personalizing the home page: moving and hiding widgets, kept per person, and back to the defaults. */
@PreauSpringTest
class PersonalizeWebTest {

    private static final Pattern WIDGET = Pattern.compile("<section class=\"card widget\"[^>]*data-widget=\"([a-z.]+)\"");

    @Autowired
    MockMvc mvc;

    private List<String> widgets(Cookie session) throws Exception {
        String html = mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString();
        List<String> keys = new ArrayList<>();
        var m = WIDGET.matcher(html);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private void change(Cookie session, String key, String move) throws Exception {
        mvc.perform(post("/home/personalize/{k}/{m}", key, move).cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/home/personalize?changed=" + key + "&move=" + move));
    }

    @Test
    void movedAndHiddenWidgetsStayForThatPersonOnly() throws Exception {
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        List<String> defaults = widgets(lucas);
        assertThat(defaults).startsWith("diary.homework", "portal.timetable", "messaging.latest");

        change(lucas, "messaging.latest", "up");
        change(lucas, "messaging.latest", "up");
        change(lucas, "portal.timetable", "hide");
        assertThat(widgets(lucas)).startsWith("messaging.latest", "diary.homework").doesNotContain("portal.timetable");
        // again after a new login, and not for another pupil
        assertThat(widgets(DemoAccounts.login(mvc, "lucas.durand"))).startsWith("messaging.latest", "diary.homework")
                .doesNotContain("portal.timetable");
        assertThat(widgets(DemoAccounts.login(mvc, "emma.durand"))).startsWith("diary.homework", "portal.timetable");

        String page = mvc.perform(get("/home/personalize?changed=portal.timetable&move=hide").cookie(lucas))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Afficher « Emploi du temps »", "Masqué", "Votre accueil est enregistré.");

        change(lucas, "portal.timetable", "show");
        change(lucas, "diary.homework", "down");
        assertThat(widgets(lucas)).startsWith("messaging.latest", "portal.timetable", "diary.homework");

        mvc.perform(post("/home/personalize/reset").cookie(lucas).with(csrf()))
                .andExpect(redirectedUrl("/home/personalize?changed=reset"));
        assertThat(widgets(lucas)).isEqualTo(defaults);
    }

    @Test
    void onlyOwnWidgetsAndWithCsrf() throws Exception {
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(post("/home/personalize/diary.todo/up").cookie(lucas).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/home/personalize/diary.homework/sideways").cookie(lucas).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/home/personalize/diary.homework/hide").cookie(lucas)).andExpect(status().isForbidden());
        assertThat(widgets(lucas)).contains("diary.homework");
    }

    @Test
    void everyWidgetHiddenLeavesAWayBack() throws Exception {
        var paul = DemoAccounts.login(mvc, "paul.martin");
        for (String key : widgets(paul)) {
            change(paul, key, "hide");
        }
        String home = mvc.perform(get("/").cookie(paul)).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("id=\"no-widgets\"", "href=\"/home/personalize\"");
    }
}
