package org.preau.portal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Photos are checked by content and shown only to those who may see the person. */
@PreauSpringTest
class PhotoWebTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String person(String login) {
        return jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login).query(UUID.class)
                .single().toString();
    }

    @Test
    void aPupilsPhotoIsSeenByClassmatesAndTeachersButNotByAnotherSchool() throws Exception {
        var lucas = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(multipart("/account/photo").file(new MockMultipartFile("photo", "moi.png", "image/png", PNG))
                .cookie(lucas).with(csrf())).andExpect(redirectedUrl("/account?photoSaved"));
        String url = "/persons/" + person("lucas.durand") + "/photo";
        mvc.perform(get(url).cookie(lucas)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(url).cookie(DemoAccounts.login(mvc, "paul.martin"))).andExpect(status().isOk());
        mvc.perform(get(url).cookie(DemoAccounts.login(mvc, "sophie.durand"))).andExpect(status().isOk());
        mvc.perform(get(url).cookie(DemoAccounts.login(mvc, "claire.leroy"))).andExpect(status().isNotFound());
        mvc.perform(get(url).cookie(DemoAccounts.login(mvc, "marc.petit"))).andExpect(status().isNotFound());
        mvc.perform(get("/account").cookie(lucas)).andExpect(content().string(containsString("Ma photo de profil")));
    }

    @Test
    void scriptsDisguisedAsImagesAndHugeFilesAreRefused() throws Exception {
        var emma = DemoAccounts.login(mvc, "emma.durand");
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/account/photo").file(new MockMultipartFile("photo", "photo.png", "image/png", svg))
                .cookie(emma).with(csrf())).andExpect(redirectedUrl("/account?photoNotImage"));
        mvc.perform(multipart("/account/photo").file(new MockMultipartFile("photo", "big.png", "image/png",
                new byte[3 * 1024 * 1024])).cookie(emma).with(csrf())).andExpect(redirectedUrl("/account?photoTooLarge"));
        mvc.perform(get("/persons/" + person("emma.durand") + "/photo").cookie(emma)).andExpect(status().isNotFound());
        mvc.perform(get("/account").param("photoNotImage", "").cookie(emma))
                .andExpect(content().string(containsString("n&#39;est pas une image")));
    }
}
