package org.preau.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sharing dialog on a real page: a local admin shares a manual group with a teacher, who
 * then co-manages it (adds members) and finds it in "shared with me"; others get 404s.
 */
@PreauSpringTest
class SharingWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;

    @Test
    void aLocalAdminSharesAGroupWithATeacherWhoThenCoManagesIt() throws Exception {
        var demo = new DemoPeople(jdbc, directory);
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        String college = demo.structure(DemoPeople.COLLEGE).toString();
        String group = mvc.perform(post("/admin/structures/" + college + "/groups").param("name", "Club échecs")
                .cookie(anne).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        String id = group.substring("/admin/groups/".length());
        String dialog = "/access/sharing/directory.group/" + id;

        mvc.perform(get(group).cookie(anne))
                .andExpect(content().string(containsString("Partager « Club échecs »")))
                .andExpect(content().string(containsString("partagé avec personne")));
        mvc.perform(get(dialog).param("q", "martin").param("back", "resource").cookie(anne)
                        .header("HX-Request", "true").header("HX-Target", "sharing-candidates"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Partager avec Paul Martin")));
        mvc.perform(get(dialog).param("q", "leroy").cookie(anne))
                .andExpect(content().string(not(containsString("Partager avec Claire Leroy"))));

        String paul = "person:" + demo.login("paul.martin");
        var share = post(dialog).param("grantee", paul).param("level", "CONTRIBUTE").param("back", "resource").cookie(anne);
        mvc.perform(share).andExpect(status().isForbidden());
        mvc.perform(share.with(csrf())).andExpect(redirectedUrl(group + "?sharing=shared#sharing-dialog"));
        mvc.perform(post(dialog).param("grantee", "person:" + demo.login("claire.leroy")).param("level", "READ")
                        .cookie(anne).with(csrf()))
                .andExpect(redirectedUrl(dialog + "?sharing=unreachable#sharing-dialog"));
        mvc.perform(get(group).cookie(anne)).andExpect(content().string(containsString("Retirer l&#39;accès de Paul Martin")));

        var paulSession = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/access/shared").cookie(paulSession)).andExpect(content().string(containsString("Club échecs")));
        mvc.perform(get(group).param("q", "durand").cookie(paulSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajouter Lucas Durand au groupe")))
                .andExpect(content().string(not(containsString("Supprimer le groupe"))))
                .andExpect(content().string(not(containsString("Partager « Club échecs »"))));
        mvc.perform(post(group + "/members").param("person", demo.login("lucas.durand").toString())
                .cookie(paulSession).with(csrf())).andExpect(redirectedUrl(group + "?added"));
        mvc.perform(post(group + "/delete").cookie(paulSession).with(csrf())).andExpect(status().isForbidden()); // deleting needs the console right
        mvc.perform(get(dialog).cookie(paulSession)).andExpect(status().isNotFound());
        mvc.perform(get(group).cookie(DemoAccounts.login(mvc, "marc.petit"))).andExpect(status().isNotFound());
        mvc.perform(get("/access/shared").cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(content().string(not(containsString("Club échecs"))));

        mvc.perform(post(dialog + "/remove").param("grantee", paul).param("back", "resource").cookie(anne).with(csrf()))
                .andExpect(redirectedUrl(group + "?sharing=removed#sharing-dialog"));
        mvc.perform(get(group).cookie(paulSession)).andExpect(status().isNotFound());
        mvc.perform(get("/access/sharing/not a type/x").cookie(anne)).andExpect(status().isNotFound());
    }
}
