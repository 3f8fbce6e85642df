package org.preau.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.preau.platform.PreauUser;
import org.preau.platform.search.SearchProvider;
import org.preau.platform.search.SearchResult;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /search}: results grouped by application, only from applications the person may use and
 * only what they may see there; short, long and hostile queries.
 */
@PreauSpringTest
@Import(GlobalSearchWebTest.Providers.class)
class GlobalSearchWebTest {

    /** An application only admins may use, with more results than a group shows, and one that fails. */
    @TestConfiguration
    static class Providers {

        @Bean
        SearchProvider adminOnlySearch() {
            return provider("test-admin", "portal.api-docs", (user, q) -> java.util.stream.IntStream.range(0, 9)
                    .mapToObj(i -> new SearchResult("SECRET-RESULT " + i, null, "/account")).toList());
        }

        @Bean
        SearchProvider failingSearch() {
            return provider("test-failing", null, (user, q) -> {
                if (q.equals("devoir")) {
                    throw new IllegalStateException("down");
                }
                return List.of();
            });
        }

        private static SearchProvider provider(String key, @Nullable String action,
                BiFunction<PreauUser, String, List<SearchResult>> search) {
            return SearchProvider.of(key, "app.account", action, 100, query -> "/test/all?q=" + query,
                    (user, query, limit) -> search.apply(user, query).stream().limit(limit).toList());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String search(String login, String q) throws Exception {
        var session = DemoAccounts.login(mvc, login);
        return mvc.perform(get("/search").param("q", q).cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The results only: the page repeats the query in its title and the header's field. */
    private String results(String login, String q) throws Exception {
        String page = search(login, q);
        return page.substring(page.indexOf("id=\"search-status\""));
    }

    private String pupilOf(String className) {
        return jdbc.sql("""
                select p.display_name from directory.persons p join directory.class_members m on m.person_id = p.id
                join directory.classes c on c.id = m.class_id
                where c.name = :c and p.last_name <> 'Durand' order by p.display_name limit 1""")
                .param("c", className).query(String.class).single();
    }

    @Test
    void resultsAreGroupedByApplication() throws Exception {
        String page = search("lucas.durand", "devoir");
        assertThat(page).contains("Résultats pour « devoir »");
        assertThat(page).contains("data-group=\"messaging\"", "Question sur le devoir", "data-group=\"diary\"",
                "Devoir maison n° 3", "href=\"/diary/homework/");
        assertThat(results("paul.martin", "Lucas Durand")).contains("data-group=\"directory\"", "Lucas Durand");
        // accents and case aside
        assertThat(results("lucas.durand", "FRACTIONS EGALES")).contains("Fractions égales");
        // the header's field is on every page, holding the query here
        assertThat(page).contains("role=\"search\"", "id=\"global-q\"", "value=\"devoir\"");
    }

    @Test
    void anotherSchoolsPupilNeverAppears() throws Exception {
        String ce1Pupil = pupilOf("CE1");
        assertThat(results("claire.leroy", ce1Pupil)).as("her own pupil").contains(ce1Pupil);
        assertThat(results("lucas.durand", ce1Pupil)).doesNotContain(ce1Pupil);
        assertThat(results("paul.martin", ce1Pupil)).doesNotContain(ce1Pupil);
        // nor another school's homework
        assertThat(results("lucas.durand", "table de 3")).doesNotContain("Apprendre la table de 3");
        assertThat(results("emma.durand", "table de 3")).contains("Apprendre la table de 3");
    }

    @Test
    void messagesOfOthersNeverAppear() throws Exception {
        assertThat(results("sophie.durand", "Question sur le devoir")).doesNotContain("Question sur le devoir");
        assertThat(results("emma.durand", "musée")).doesNotContain("Sortie au musée");
        assertThat(results("sophie.durand", "musee")).contains("Sortie au musée des Arts et Métiers");
    }

    @Test
    void onlyApplicationsThePersonMayUseAreAskedAndAFailingOneIsSaidSo() throws Exception {
        // the test application needs the API documentation's action, which admins hold and pupils do not
        assertThat(results("lucas.durand", "devoir")).doesNotContain("data-group=\"test-admin\"", "SECRET-RESULT")
                .contains("data-group=\"diary\"");
        assertThat(results("anne.bernard", "devoir")).contains("data-group=\"test-admin\"", "SECRET-RESULT",
                "href=\"/test/all?q=devoir\"", "Tout voir dans Mon compte");
        assertThat(results("lucas.durand", "devoir")).contains("data-group=\"test-failing\"",
                "Cette application n&#39;a pas pu répondre.", "Devoir maison n° 3");
    }

    @Test
    void shortLongAndHostileQueries() throws Exception {
        assertThat(results("lucas.durand", "d")).contains("Tapez au moins 2 caractères")
                .doesNotContain("data-group=");
        assertThat(results("lucas.durand", "devoir" + " ".repeat(5) + "x".repeat(5000)))
                .contains("Aucun résultat");
        assertThat(results("lucas.durand", "%")).doesNotContain("data-group=");
        assertThat(results("lucas.durand", "__")).doesNotContain("data-group=");
        assertThat(results("lucas.durand", "'; drop table diary.homework; --")).contains("Aucun résultat");
        assertThat(search("lucas.durand", "<script>alert(1)</script>"))
                .doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
        assertThat(results("emma.durand", "table de 3")).contains("Apprendre la table de 3");
    }
}
