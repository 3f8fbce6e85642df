package org.preau.diary;

import org.preau.support.TestTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.preau.feeding.aaf.AafXml.file;
import static org.preau.feeding.aaf.AafXml.request;
import static org.preau.feeding.aaf.AafXml.structure;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.directory.TeachingGroups;
import org.preau.platform.ClassId;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/**
 * Teaching groups from the AAF: a full import makes the group, its pupils and its teacher's subject;
 * the teacher writes its book and its pupils read it; a delta that takes a pupil out of the group, or
 * a full import without a pupil, takes the group's homework away from them.
 */
@PreauSpringTest
class ImportedGroupsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Diary diary;
    @Autowired
    DiaryBook book;
    @Autowired
    Directory directory;
    @Autowired
    TeachingGroups teachingGroups;

    private final LocalDate today = TestTime.today();

    private static String teacher() {
        return request("addRequest", "PersEducNat", "GT1", "ENTPersonJointure", "GT1", "sn", "Virgile",
                "givenName", "Publius", "ENTPersonStructRattach", "GS1", "PersEducNatPresenceDevantEleves", "O",
                "ENTAuxEnsGroupes", "GS1$LATIN5", "ENTAuxEnsGroupesMatieres", "GS1$LATIN5$LCALA|GS1$BAD");
    }

    private static String pupil(String request, String id, String first, String groups) {
        return request(request, "Eleve", id, "ENTPersonJointure", id, "sn", "Romain", "givenName", first,
                "ENTPersonDateNaissance", "14/09/2012", "ENTPersonStructRattach", "GS1", "ENTEleveClasses", "GS1$5A",
                "ENTEleveGroupes", groups);
    }

    @Test
    void importedGroupsBooksFollowTheRegister() throws Exception {
        Cookie admin = DemoAccounts.login(mvc, "admin.region");
        String report = apply(admin, "ENT_Complet_20261126",
                file(structure("GS1", "0939999Z", "CLG")),
                file(teacher()),
                file(pupil("addRequest", "GP1", "Aulus", "GS1$LATIN5"), pupil("addRequest", "GP2", "Brutus", "GS1$LATIN5"),
                        pupil("addRequest", "GP3", "Cato", "")));
        assertThat((List<String>) JsonPath.read(report, "$.warnings[*].message")).as("the malformed value")
                .anySatisfy(m -> assertThat(m).contains("GS1$BAD"));

        PersonId virgile = person("GT1");
        var group = teachingGroups.of(virgile);
        assertThat(group).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("LATIN5");
            assertThat(g.subjects()).containsExactly("LCALA");
        });
        ClassId latin = new ClassId(group.getFirst().id());
        assertThat(teachingGroups.pupils(latin.value())).containsExactlyInAnyOrder(person("GP1"), person("GP2"));
        assertThat(teachingGroups.of(person("GP3"))).isEmpty();

        diary.createHomework(user(virgile), HomeworkDraft.simple(latin, "LCALA", today.plusDays(2), "Rosa, rosam",
                "Décliner rosa"));
        assertThat(titles(person("GP1"))).containsExactly("Rosa, rosam");
        assertThat(titles(person("GP2"))).containsExactly("Rosa, rosam");
        assertThat(titles(person("GP3"))).isEmpty();

        apply(admin, "ENT_Delta_20261127", file(pupil("modifyRequest", "GP2", "Brutus", "")));
        assertThat(titles(person("GP2"))).as("out of the group by a delta").isEmpty();
        assertThat(titles(person("GP1"))).containsExactly("Rosa, rosam");
        assertThat(teachingGroups.pupils(latin.value())).containsExactly(person("GP1"));

        apply(admin, "ENT_Complet_20261128", file(structure("GS1", "0939999Z", "CLG")),
                file(request("addRequest", "PersEducNat", "GT1", "ENTPersonJointure", "GT1", "sn", "Virgile",
                        "givenName", "Publius", "ENTPersonStructRattach", "GS1", "PersEducNatPresenceDevantEleves", "O")),
                file(pupil("addRequest", "GP2", "Brutus", ""), pupil("addRequest", "GP3", "Cato", "")));
        assertThat(jdbc.sql("select count(*) from directory.group_members where person_id = :p")
                .param("p", person("GP1").value()).query(Long.class).single()).as("a leaver loses the group").isZero();
        assertThat(teachingGroups.of(virgile)).as("no longer taught: no book").isEmpty();
        assertThat(teachingGroups.group(latin.value())).isEmpty();
        assertThat(jdbc.sql("select count(*) from directory.groups where id = :g").param("g", latin.value())
                .query(Long.class).single()).as("an empty group is kept").isEqualTo(1);
    }

    private String apply(Cookie admin, String prefix, String structures, String staff, String pupils) throws Exception {
        var request = multipart("/api/v1/imports").param("kind", "aaf");
        if (structures != null) {
            request.file(xml(prefix + "_EtabEducNat_0000.xml", structures));
        }
        if (staff != null) {
            request.file(xml(prefix + "_PersEducNat_0000.xml", staff));
        }
        request.file(xml(prefix + "_Eleve_0000.xml", pupils));
        var started = mvc.perform(request.cookie(admin).with(csrf())).andExpect(status().isAccepted()).andReturn();
        String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
        String ready = awaitStatus(admin, id, "READY", "FAILED");
        assertThat((String) JsonPath.read(ready, "$.status")).isEqualTo("READY");
        mvc.perform(post("/api/v1/imports/" + id + "/apply").cookie(admin).with(csrf())).andExpect(status().isAccepted());
        String applied = awaitStatus(admin, id, "APPLIED", "FAILED");
        assertThat((String) JsonPath.read(applied, "$.status")).isEqualTo("APPLIED");
        return ready;
    }

    private String apply(Cookie admin, String prefix, String pupils) throws Exception {
        return apply(admin, prefix, null, null, pupils);
    }

    private static MockMultipartFile xml(String name, String content) {
        return new MockMultipartFile("files", name, "application/xml", content.getBytes(StandardCharsets.UTF_8));
    }

    private String awaitStatus(Cookie session, String id, String... wanted) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String body = mvc.perform(get("/api/v1/imports/" + id).cookie(session)).andReturn().getResponse()
                    .getContentAsString();
            return List.of(wanted).contains((String) JsonPath.read(body, "$.status")) ? body : null;
        }, b -> b != null);
    }

    private PersonId person(String externalId) {
        return new PersonId(jdbc.sql("select id from directory.persons where external_id = :e").param("e", externalId)
                .query(UUID.class).single());
    }

    private PreauUser user(PersonId id) {
        return new PreauUser(id, id.toString(), "Someone", directory.roles(id), true, null);
    }

    private List<String> titles(PersonId pupil) {
        return book.pupilHomework(user(pupil), null, today, today.plusDays(30), 0, 500).orElseThrow().homework()
                .stream().map(h -> h.title()).toList();
    }
}
