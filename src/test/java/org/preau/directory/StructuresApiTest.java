package org.preau.directory;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A person of one school does not see another school; the central admin sees the territory. */
@PreauSpringTest
class StructuresApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void collegePupilSeesOnlyTheCollege() throws Exception {
        mvc.perform(get("/api/v1/structures").cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].uai").value("0930002B"))
                .andExpect(jsonPath("$.items[0].type").value("COLLEGE"));
    }

    @Test
    void ecoleHeadSeesOnlyTheEcole() throws Exception {
        mvc.perform(get("/api/v1/structures").cookie(DemoAccounts.login(mvc, "marc.petit")))
                .andExpect(jsonPath("$.items[*].uai").value(containsInAnyOrder("0930001A")));
    }

    @Test
    void parentWithChildrenInBothSchoolsSeesBoth() throws Exception {
        mvc.perform(get("/api/v1/structures").cookie(DemoAccounts.login(mvc, "sophie.durand")))
                .andExpect(jsonPath("$.items[*].uai").value(containsInAnyOrder("0930001A", "0930002B")));
    }

    @Test
    void centralAdminSeesEveryStructure() throws Exception {
        mvc.perform(get("/api/v1/structures").cookie(DemoAccounts.login(mvc, "admin.region")))
                .andExpect(jsonPath("$.items[*].uai").value(containsInAnyOrder("0930001A", "0930002B")));
    }
}
