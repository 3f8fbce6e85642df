package org.preau.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The console's import pages: upload, follow the dry run with htmx, apply, history. */
@PreauSpringTest
class ImportsPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void headOfTheEcoleImportsAnOndeFileFromTheConsole() throws Exception {
        var head = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(get("/admin/imports").cookie(head)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lancer la simulation"),
                        containsString("École élémentaire Jean Moulin"))))
                .andExpect(content().string(not(containsString("value=\"AAF\""))));
        var file = new MockMultipartFile("files", "eleves.tiny.csv", "text/csv",
                Files.readAllBytes(Path.of("../shared/fixtures/onde-csv/eleves.tiny.csv")));
        String location = mvc.perform(multipart("/admin/imports").file(file).param("kind", "CSV")
                        .param("structure", "0930001A").param("profile", "STUDENT").cookie(head).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/imports/");
        await().untilAsserted(() -> mvc.perform(get(location).cookie(head).header("HX-Request", "true")
                        .header("HX-Target", "report"))
                .andExpect(content().string(allOf(containsString("prête à appliquer"), containsString("Élève"),
                        containsString("apply-import"), not(containsString("<html"))))));
        // applying asks first, with what will happen; nothing is applied until it is confirmed
        mvc.perform(post(location + "/apply").cookie(head).with(csrf())).andExpect(redirectedUrl(location + "/confirm"));
        mvc.perform(get(location + "/confirm").cookie(head))
                .andExpect(content().string(allOf(containsString("Appliquer cet import va"), containsString("compte"))));
        mvc.perform(post(location + "/apply").param("confirmed", "true").cookie(head).with(csrf()))
                .andExpect(redirectedUrl(location));
        await().untilAsserted(() -> mvc.perform(get(location).cookie(head))
                .andExpect(content().string(allOf(containsString("Appliqué"), containsString("comptes ouverts")))));
        mvc.perform(get("/admin/imports").cookie(head)).andExpect(content().string(containsString("Appliqué")));
        mvc.perform(get(location).cookie(DemoAccounts.login(mvc, "anne.bernard"))).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedUploadIsExplainedOnTheImportsPage() throws Exception {
        var head = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(multipart("/admin/imports").param("kind", "CSV").param("structure", "0930001A")
                        .param("profile", "STUDENT").cookie(head).with(csrf()))
                .andExpect(redirectedUrl("/admin/imports")).andExpect(flash().attribute("errorKey", "import.error.noFile"));
        mvc.perform(get("/admin/imports").cookie(DemoAccounts.login(mvc, "lucas.durand"))).andExpect(status().isForbidden());
    }
}
