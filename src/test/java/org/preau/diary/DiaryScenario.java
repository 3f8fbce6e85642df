package org.preau.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.preau.directory.Directory;
import org.preau.platform.ClassId;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo territory's people, classes and homework as the diary's tests use them. */
record DiaryScenario(JdbcClient jdbc, Directory directory, Clock clock, DiaryBook book) {

    PreauUser user(String login) {
        return new DiaryData(jdbc).user(directory, login);
    }

    PreauUser teacherOf(String className, String subject) {
        UUID id = jdbc.sql("""
                select t.person_id from directory.teachings t join directory.subjects s on s.id = t.subject_id
                join directory.classes c on c.id = t.class_id where c.name = :c and s.label = :s limit 1""")
                .param("c", className).param("s", subject).query(UUID.class).single();
        PersonId person = new PersonId(id);
        return new PreauUser(person, "teacher", "Teacher", directory.roles(person), true, null);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PeopleTime.ZONE);
    }

    ClassId classId(String name) {
        return ClassId.of(new DiaryData(jdbc).classId(name));
    }

    HomeworkDraft homework(String className, LocalDate due, String title) {
        return HomeworkDraft.simple(classId(className), "Mathématiques", due, title, "Consignes");
    }

    /** The titles of the homework a pupil sees in the next 30 days. */
    List<String> pupilTitles(PreauUser pupil) {
        return book.pupilHomework(pupil, null, today(), today().plusDays(30), 0, 500).orElseThrow().homework()
                .stream().map(h -> h.title()).toList();
    }
}
