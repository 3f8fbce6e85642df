package org.preau.directory;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** "Ma classe": who may open a class, and what they see of it. */
@PreauSpringTest
class ClassPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String classId(String name) {
        return jdbc.sql("select id from directory.classes where name = :n").param("n", name).query(UUID.class).single()
                .toString();
    }

    private String aPupilOf(String className) {
        return jdbc.sql("""
                select p.display_name from directory.persons p join directory.class_members m on m.person_id = p.id
                join directory.classes c on c.id = m.class_id where c.name = :c and p.last_name <> 'Durand'
                order by p.display_name limit 1""").param("c", className).query(String.class).single();
    }

    @Test
    void pupilSeesTeachersAndClassmatesButNoParents() throws Exception {
        mvc.perform(get("/classes/" + classId("6A")).cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Classe 6A"), containsString("Paul Martin"),
                        containsString("Mathématiques"), containsString("Lucas Durand"), containsString(aPupilOf("6A")))))
                .andExpect(content().string(not(containsString("Sophie Durand"))));
    }

    @Test
    void teacherSeesPupilsWithTheirParents() throws Exception {
        mvc.perform(get("/classes/" + classId("6A")).cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lucas Durand"), containsString("Sophie Durand"))));
    }

    @Test
    void parentSeesOnlyTheirOwnChildAmongThePupils() throws Exception {
        mvc.perform(get("/classes/" + classId("6A")).cookie(DemoAccounts.login(mvc, "sophie.durand")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lucas Durand"), containsString("Paul Martin"))))
                .andExpect(content().string(not(containsString(aPupilOf("6A")))));
    }

    @Test
    void othersGetA404() throws Exception {
        mvc.perform(get("/classes/" + classId("6B")).cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/classes/" + classId("CE1")).cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/classes/not-a-uuid").cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/classes/" + UUID.randomUUID()).cookie(DemoAccounts.login(mvc, "admin.region")))
                .andExpect(status().isNotFound());
    }

    @Test
    void headOfTheEcoleSeesItsClasses() throws Exception {
        mvc.perform(get("/classes/" + classId("CE1")).cookie(DemoAccounts.login(mvc, "marc.petit")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Claire Leroy")));
    }
}
