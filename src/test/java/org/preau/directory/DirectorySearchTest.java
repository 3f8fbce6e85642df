package org.preau.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The annuaire finds by name despite accents and typos, and shows only what the viewer may see. */
@PreauSpringTest
class DirectorySearchTest {

    @Autowired
    DirectorySearch search;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private PreauUser user(String login) {
        var id = new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
        return new PreauUser(id, login, login, directory.roles(id), true, null);
    }

    private List<String> names(String login, String query) {
        return search.search(user(login), query, 50).stream().map(SearchHit::displayName).toList();
    }

    private String pupilOf(String className) {
        return jdbc.sql("""
                select p.display_name from directory.persons p join directory.class_members m on m.person_id = p.id
                join directory.classes c on c.id = m.class_id
                where c.name = :c and p.last_name <> 'Durand' order by p.display_name limit 1""")
                .param("c", className).query(String.class).single();
    }

    @Test
    void accentsCaseAndSmallTyposAreForgiven() {
        assertThat(names("marc.petit", "helene")).contains("Hélène Garnier");
        assertThat(names("marc.petit", "HÉLÈNE garnier")).contains("Hélène Garnier");
        assertThat(names("marc.petit", "garnir")).contains("Hélène Garnier");
        assertThat(names("anne.bernard", "Chevallier")).contains("Olivier Chevalier");
    }

    @Test
    void pupilSeesClassmatesTeachersAndParentsButNotOtherClassesOrSchools() {
        assertThat(names("lucas.durand", "Paul Martin")).containsExactly("Paul Martin");
        assertThat(names("lucas.durand", "sophie")).contains("Sophie Durand");
        String classmate = pupilOf("6A");
        assertThat(names("lucas.durand", classmate)).contains(classmate);
        String otherClass = pupilOf("6B");
        assertThat(names("lucas.durand", otherClass)).doesNotContain(otherClass);
        assertThat(names("lucas.durand", "Isabelle Moreau")).isEmpty();
        assertThat(names("lucas.durand", "Thomas Lambert")).as("teaches 6B and 3B only").isEmpty();
    }

    @Test
    void parentNeverSeesAnotherFamily() {
        assertThat(names("sophie.durand", "Claire Leroy")).containsExactly("Claire Leroy");
        assertThat(names("sophie.durand", "Paul Martin")).containsExactly("Paul Martin");
        assertThat(names("sophie.durand", "Nicolas Durand")).first().isEqualTo("Nicolas Durand");
        String classmate = pupilOf("6A");
        assertThat(names("sophie.durand", classmate)).doesNotContain(classmate);
        assertThat(names("sophie.durand", "Thomas Lambert")).isEmpty();
    }

    @Test
    void schoolsDoNotSeeEachOther() {
        String ecolePupil = pupilOf("CM2");
        assertThat(names("paul.martin", ecolePupil)).doesNotContain(ecolePupil);
        assertThat(names("anne.bernard", ecolePupil)).doesNotContain(ecolePupil);
        assertThat(names("marc.petit", ecolePupil)).contains(ecolePupil);
        assertThat(names("admin.region", ecolePupil)).contains(ecolePupil);
    }

    @Test
    void classesAreFoundByTheirMembersAndStaff() {
        assertThat(search.search(user("lucas.durand"), "6a", 10)).extracting(SearchHit::type, SearchHit::displayName)
                .contains(org.assertj.core.groups.Tuple.tuple(SearchHit.Kind.CLASS, "6A"));
        assertThat(names("lucas.durand", "6b")).isEmpty();
        assertThat(names("anne.bernard", "6b")).contains("6B");
    }

    @Test
    void automaticGroupsAreOfferedToThoseWhoMayAddressThem() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.FRENCH);
        assertThat(names("paul.martin", "parents 6a")).contains("Parents d'élèves de la classe 6A – Collège Victor Hugo");
        assertThat(names("paul.martin", "enseignants")).contains("Enseignants – Collège Victor Hugo");
        assertThat(names("lucas.durand", "enseignants 6A")).containsExactly("Enseignants de la classe 6A – Collège Victor Hugo");
        assertThat(names("lucas.durand", "parents 6A")).isEmpty();
        assertThat(names("sophie.durand", "enseignants ce1")).containsExactly("Enseignants de la classe CE1 – École élémentaire Jean Moulin");
        var group = search.search(user("paul.martin"), "eleves 5a", 10).stream()
                .filter(h -> h.type() == SearchHit.Kind.GROUP).findFirst().orElseThrow();
        assertThat(AutoGroups.parse(group.id())).hasValueSatisfying(k -> assertThat(k.profile()).isEqualTo(Profile.STUDENT));
        assertThat(AutoGroups.parse("class:not-a-uuid:STUDENT")).isEmpty();
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void oddQueriesAreHarmless() {
        assertThat(names("admin.region", "a")).isEmpty();
        assertThat(names("admin.region", "%%")).isEmpty();
        assertThat(names("admin.region", "_' or 1=1 --")).isEmpty();
        assertThat(names("admin.region", "x".repeat(5000))).isEmpty();
    }

    @Test
    void apiAndPageAnswerWithHitsAndHtmxGetsOnlyTheResults() throws Exception {
        var session = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/api/v1/directory/search").param("q", "martin paul").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].type").value("PERSON"))
                .andExpect(jsonPath("$.items[0].displayName").value("Paul Martin"))
                .andExpect(jsonPath("$.items[0].profile").value("TEACHER"));
        mvc.perform(get("/directory").param("q", "paul martin").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Paul Martin")));
        mvc.perform(get("/directory").param("q", "paul martin").cookie(session)
                        .header("HX-Request", "true").header("HX-Target", "results"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Paul Martin")));
    }
}
