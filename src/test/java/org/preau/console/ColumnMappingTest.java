package org.preau.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A CSV with unknown headers fails its dry run, then imports once the admin maps the columns. */
@PreauSpringTest
class ColumnMappingTest {

    @Autowired
    MockMvc mvc;

    @Test
    void unknownHeadersAreMappedByHandAndTheDryRunStartsAgain() throws Exception {
        var head = DemoAccounts.login(mvc, "marc.petit");
        String csv = "Famille,Enfant,Né le,Groupe\nLOPEZ,Alma,2019-04-02,CP\nNGUYEN,Bao,2019-11-30,CP\n";
        String report = mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("files", "liste.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "CSV").param("structure", "0930001A").param("profile", "STUDENT")
                        .cookie(head).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        await().untilAsserted(() -> mvc.perform(get(report).cookie(head))
                .andExpect(content().string(allOf(containsString("Échec"), containsString("map-columns")))));
        mvc.perform(get(report + "/mapping").cookie(head)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Famille (LOPEZ)"), containsString("obligatoire"))));
        mvc.perform(post(report + "/mapping").cookie(head).with(csrf()).param("col_LAST_NAME", "0")
                        .param("col_FIRST_NAME", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Il manque des informations")));
        mvc.perform(post(report + "/mapping").cookie(head).with(csrf()).param("col_LAST_NAME", "0")
                        .param("col_FIRST_NAME", "1").param("col_BIRTH_DATE", "2").param("col_CLASS", "3"))
                .andExpect(redirectedUrl(report));
        await().untilAsserted(() -> mvc.perform(get(report).cookie(head))
                .andExpect(content().string(containsString("prête à appliquer"))));
        String page = mvc.perform(get(report).cookie(head)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("apply-import");
    }
}
