package org.preau.diary;

import org.preau.support.TestTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.diary.DiaryRefused.Reason;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryGroups;
import org.preau.directory.TeachingGroups;
import org.preau.platform.ClassId;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Books of teaching groups ("6A groupe 1"): the group's teacher writes them, its pupils and
 * their parents read them, nobody else; entries are copied between a class and a group; the
 * group's book is exported as PDF; homework due soon tells the group's pupils only.
 */
@PreauSpringTest
@RecordApplicationEvents
class DiaryGroupsTest {

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
    DirectoryGroups groups;
    @Autowired
    TeachingGroups teaching;

    private DiaryData data;
    private ClassId group;
    private PreauUser paul;
    private PreauUser lucas;
    private PreauUser outside;
    private final LocalDate today = TestTime.today();

    @BeforeEach
    void aGroupOfHalfOf6ATaughtMathsByPaul() {
        data = new DiaryData(jdbc);
        paul = user(data.personId("paul.martin"));
        lucas = user(data.personId("lucas.durand"));
        var pupils = jdbc.sql("""
                select m.person_id from directory.class_members m join directory.classes c on c.id = m.class_id
                where c.name = '6A' and m.person_id <> :lucas order by m.person_id""")
                .param("lucas", lucas.personId().value()).query(UUID.class).list();
        outside = user(pupils.getLast().toString());
        var existing = jdbc.sql("select id from directory.groups where name = '6A groupe 1'").query(UUID.class).optional();
        if (existing.isPresent()) {
            group = new ClassId(existing.get());
            return;
        }
        StructureId college = StructureId.of(data.structureId("0930002B"));
        var anne = user(data.personId("anne.bernard"));
        UUID id = groups.create(anne, college, "6A groupe 1").orElseThrow();
        groups.add(anne, id, lucas.personId());
        groups.add(anne, id, new PersonId(pupils.getFirst()));
        teaching.assignTeaching(paul.personId(), college, id, "MATHS", "Mathématiques");
        group = new ClassId(id);
    }

    private PreauUser user(String personId) {
        PersonId id = PersonId.of(personId);
        return new PreauUser(id, personId, "Someone", directory.roles(id), true, null);
    }

    private HomeworkDraft homework(ClassId book, LocalDate due, String title) {
        return HomeworkDraft.simple(book, "Mathématiques", due, title, "Consignes du groupe");
    }

    @Test
    void theGroupsPupilsAndParentsReadItsHomeworkAndOtherPupilsDoNot(ApplicationEvents events) throws Exception {
        UUID id = diary.createHomework(paul, homework(group, today.plusDays(1), "Exercices du groupe"));
        assertThat(titles(lucas)).contains("Exercices du groupe");
        assertThat(titles(outside)).doesNotContain("Exercices du groupe");
        assertThat(book.homework(outside, id)).isEmpty();
        mvc.perform(get("/diary/homework").cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(content().string(containsString("Exercices du groupe")));
        mvc.perform(get("/diary/homework?child=" + data.personId("lucas.durand"))
                        .cookie(DemoAccounts.login(mvc, "sophie.durand")))
                .andExpect(content().string(containsString("Exercices du groupe")));
        assertThat(events.stream(HomeworkPublished.class).filter(e -> e.homeworkId().equals(id)).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.pupils()).hasSize(2).contains(lucas.personId()).doesNotContain(outside.personId());
                    assertThat(e.structure()).as("quiet hours and rules of the group's school apply")
                            .isEqualTo(StructureId.of(data.structureId("0930002B")));
                });
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("select distinct structure_id from timeline.entries where source_key = :k")
                        .param("k", "diary.homework:" + id).query(UUID.class).list())
                .as("the timeline's entries carry the group's structure")
                .containsExactly(UUID.fromString(data.structureId("0930002B"))));
    }

    @Test
    void aTeacherWhoDoesNotTeachTheGroupIsRefused() throws Exception {
        PersonId french = new PersonId(jdbc.sql("""
                select t.person_id from directory.teachings t join directory.subjects s on s.id = t.subject_id
                join directory.classes c on c.id = t.class_id where c.name = '6A' and s.label = 'Français' limit 1""")
                .query(UUID.class).single());
        PreauUser teacher = user(french.toString());
        assertThatThrownBy(() -> diary.createHomework(teacher, HomeworkDraft.simple(group, "Français",
                today.plusDays(2), "Pas mon groupe", "")))
                .isInstanceOfSatisfying(DiaryRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThat(book.classBook(teacher, group, today, today.plusDays(7))).isEmpty();
        mvc.perform(post("/diary/classes/" + group + "/homework").cookie(DemoAccounts.login(mvc, "claire.leroy"))
                .with(csrf()).param("subject", "Mathématiques").param("date", today.plusDays(2).toString())
                .param("title", "Intrus")).andExpect(status().isNotFound());
    }

    @Test
    void theTeacherWritesTheGroupsBookCopiesToAndFromItAndExportsIt() throws Exception {
        var cookie = DemoAccounts.login(mvc, "paul.martin");
        mvc.perform(get("/diary").cookie(cookie)).andExpect(content().string(containsString("6A groupe 1")));
        UUID session = diary.createSession(paul, new SessionDraft(data6A(), "Mathématiques", today, "Pour tous",
                "", List.of(), null));
        UUID copied = diary.copySession(paul, session, group);
        assertThat(book.session(lucas, copied)).get().extracting(s -> s.classId()).isEqualTo(group);
        UUID own = diary.createSession(paul, new SessionDraft(group, "Mathématiques", today, "Pour le groupe",
                "", List.of(), null));
        UUID back = diary.copySession(paul, own, ClassId.of(data.classId("5A")));
        assertThat(book.session(paul, back)).isPresent();
        assertThat(book.session(outside, own)).isEmpty();

        mvc.perform(get("/diary/classes/" + group + "?week=" + today).cookie(cookie)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pour le groupe")))
                .andExpect(content().string(not(containsString("Droites parallèles"))));
        mvc.perform(get("/diary/classes/" + group + "/export.pdf").cookie(cookie)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("6Agroupe1")));
        mvc.perform(get("/diary/classes/" + group + "/export.pdf").cookie(DemoAccounts.login(mvc, "claire.leroy")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aVisaHolderReadsTheClassAndGroupBooksOfTheirSchoolWithoutEditingThem() throws Exception {
        diary.createHomework(paul, homework(group, today.plusDays(3), "Lu par la principale"));
        var anne = DemoAccounts.login(mvc, "anne.bernard");
        for (ClassId id : List.of(group, data6A())) {
            mvc.perform(get("/diary/classes/" + id + "?week=" + today.plusDays(3)).cookie(anne))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Nouveau devoir"))))
                    .andExpect(content().string(not(containsString(">Modifier<"))));
            mvc.perform(get("/diary/classes/" + id + "/export.pdf").cookie(anne)).andExpect(status().isOk());
            mvc.perform(get("/diary/classes/" + id + "/homework/new").cookie(anne)).andExpect(status().isForbidden());
            mvc.perform(post("/diary/classes/" + id + "/homework").cookie(anne).with(csrf())
                    .param("subject", "Mathématiques").param("date", today.plusDays(2).toString())
                    .param("title", "Intrus")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/diary/classes/" + group + "?week=" + today.plusDays(3)).cookie(anne))
                .andExpect(content().string(containsString("Lu par la principale")));
        var marc = DemoAccounts.login(mvc, "marc.petit");
        mvc.perform(get("/diary/classes/" + group).cookie(marc)).andExpect(status().isNotFound());
        mvc.perform(get("/diary/classes/" + data6A()).cookie(marc)).andExpect(status().isNotFound());
        // a pupil reads his own class's book (issue 17), without the visa holder's tools
        mvc.perform(get("/diary/classes/" + data6A()).cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("export.pdf"))));
    }

    private ClassId data6A() {
        return ClassId.of(data.classId("6A"));
    }

    private List<String> titles(PreauUser pupil) {
        return book.pupilHomework(pupil, null, today, today.plusDays(30), 0, 500).orElseThrow().homework().stream()
                .map(h -> h.title()).toList();
    }
}
