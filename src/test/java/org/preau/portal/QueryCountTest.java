package org.preau.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.support.DemoAccounts;
import org.preau.support.DemoPeople;
import org.preau.support.PreauSpringTest;
import org.preau.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * The main pages make a bounded number of SQL statements, whatever the number of children,
 * classes or messages of the person: as a pupil, a parent and a teacher, each page is counted,
 * then the parent gets four more children, the teacher three more classes and the pupil thirty
 * more messages, and each page is counted again: the same number (issue 19).
 */
@PreauSpringTest
class QueryCountTest {

    /** The pages and the most statements each may make (session read included). */
    private static final Map<String, Integer> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/", 5);
        PAGES.put("/api/v1/me", 2);
        PAGES.put("/messages", 7);
        PAGES.put("/diary/homework", 8);
        PAGES.put("/directory", 3);
        PAGES.put("/home/widgets/profile", 2);
        PAGES.put("/diary/widgets/homework", 5);
        PAGES.put("/diary/widgets/children", 5);
        PAGES.put("/messages/widgets/latest", 5);
        PAGES.put("/directory/widgets/classes", 2);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Test
    void mainPagesMakeABoundedNumberOfStatementsWhateverThePersonHas() throws Exception {
        List<String> people = List.of("lucas.durand", "sophie.durand", "paul.martin");
        Map<String, Integer> before = new LinkedHashMap<>();
        for (String login : people) {
            before.putAll(count(login));
        }
        before.forEach((page, n) -> assertThat(n).as(page).isLessThanOrEqualTo(PAGES.get(page.substring(page.indexOf(' ') + 1))));

        var demo = new DemoPeople(jdbc, directory);
        growFamily(demo.id("sophie.durand").value());
        growTeaching(demo.id("paul.martin").value());
        var paul = DemoAccounts.login(mvc, "paul.martin");
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/api/v1/messages").cookie(paul).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"to\": [\"" + demo.id("lucas.durand") + "\"], \"subject\": \"Message " + i
                            + "\", \"body\": \"x\"}"))
                    .andExpect(status().isCreated());
        }

        Map<String, Integer> after = new LinkedHashMap<>();
        for (String login : people) {
            after.putAll(count(login));
        }
        assertThat(after).isEqualTo(before);
    }

    /** The statements of each page of one person, once it has been asked (caches warm). */
    private Map<String, Integer> count(String login) throws Exception {
        Cookie session = DemoAccounts.login(mvc, login);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String page : PAGES.keySet()) {
            if (mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus() == 404) {
                continue; // a widget of another profile
            }
            // the fewest of three: what a node refreshes every few seconds (the rights rules' version,
            // cards kept half a minute) is not what a request costs
            int fewest = Integer.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                fewest = Math.min(fewest, Statements.during(() -> mvc.perform(get(page).cookie(session))
                        .andExpect(status().isOk())).size());
            }
            counts.put(login + " " + page, fewest);
        }
        return counts;
    }

    /** Four more pupils of the collège become the parent's children. */
    private void growFamily(java.util.UUID parent) {
        int added = jdbc.sql("""
                insert into directory.family_links (relative_id, child_id)
                select :parent, pp.person_id from directory.person_profiles pp
                where pp.profile = 'STUDENT'
                  and not exists (select 1 from directory.family_links f where f.child_id = pp.person_id and f.relative_id = :parent)
                order by pp.person_id limit 4""").param("parent", parent).update();
        assertThat(added).isEqualTo(4);
    }

    /** The teacher teaches three more classes. */
    private void growTeaching(java.util.UUID teacher) {
        int added = jdbc.sql("""
                insert into directory.teachings (person_id, class_id, subject_id)
                select :t, c.id, (select subject_id from directory.teachings where person_id = :t limit 1)
                from directory.classes c
                where not exists (select 1 from directory.teachings t where t.class_id = c.id and t.person_id = :t)
                order by c.name limit 3""").param("t", teacher).update();
        assertThat(added).isEqualTo(3);
    }
}
