package org.preau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files are served from their folders and the webjars, cached for an hour; any other
 * path is not looked for among them, so that writing a page's links costs no jar lookup.
 */
@PreauSpringTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResourceUrlProvider urls;

    @Test
    void staticFoldersAndWebjarsAreServedAndOtherPathsAreNotStatic() throws Exception {
        assertThat(StaticResources.topLevel()).contains("css/", "js/", "img/");
        mvc.perform(get("/css/preau.css")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=3600")));
        mvc.perform(get("/js/preau.js")).andExpect(status().isOk());
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
        assertThat(urls.getForLookupPath("/messages/1234")).as("a page's link is no static file").isNull();
        assertThat(urls.getForLookupPath("/css/preau.css")).isNotNull();
    }
}
