package org.preau.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.preau.directory.SyncModel.Change;
import org.preau.directory.SyncModel.ClassKey;
import org.preau.directory.SyncModel.RelativeKey;
import org.preau.directory.SyncModel.SyncBatch;
import org.preau.directory.SyncModel.SyncPerson;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.directory.SyncModel.SyncSubject;
import org.preau.directory.SyncModel.TeachingKey;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Synchronising the directory with a register, on the embedded database. */
@PreauSpringTest
class DirectorySyncTest {

    private static final SyncStructure LYCEE = new SyncStructure("L1", "0931234X", "Lycée Test", StructureType.LYCEE);

    @Autowired
    DirectorySync sync;

    @Autowired
    JdbcClient jdbc;

    private static SyncPerson pupil(String id, String first, String className, String... parents) {
        List<RelativeKey> relatives = new ArrayList<>();
        for (String p : parents) {
            relatives.add(new RelativeKey(p, true));
        }
        return new SyncPerson(id, Profile.STUDENT, false, first, "Essai", LocalDate.of(2010, 5, 1), null, null,
                List.of("L1"), List.of(new ClassKey("L1", className)), List.of(), relatives, Set.of());
    }

    private static SyncPerson parent(String id, String first) {
        return new SyncPerson(id, Profile.RELATIVE, false, first, "Essai", null, null, null, List.of(), List.of(),
                List.of(), List.of(), Set.of());
    }

    private static SyncPerson teacher(String id, String className, String subject) {
        return new SyncPerson(id, Profile.TEACHER, false, "Prof", id, null, null, null, List.of("L1"), List.of(),
                List.of(new TeachingKey("L1", className, subject)), List.of(), Set.of());
    }

    private static SyncBatch full(SyncPerson... persons) {
        return full("AAF", persons);
    }

    private static SyncBatch full(String source, SyncPerson... persons) {
        return new SyncBatch(source, true, Set.of(), List.of(LYCEE), List.of(new SyncSubject("MATHS", "Mathématiques", null)),
                List.of(), List.of(persons), List.of());
    }

    private String classOf(String externalId) {
        return jdbc.sql("""
                select c.name from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.persons p on p.id = m.person_id where p.external_id = :id""")
                .param("id", externalId).query(String.class).single();
    }

    private long parentsOf(String externalId) {
        return jdbc.sql("""
                select count(*) from directory.family_links f join directory.persons p on p.id = f.child_id
                where p.external_id = :id""").param("id", externalId).query(Long.class).single();
    }

    @Test
    void fullImportCreatesThenChangesNothingThenFollowsChanges() {
        var first = full(pupil("E1", "Anna", "2NDE A", "R1"), parent("R1", "Marie"), teacher("T1", "2NDE A", "MATHS"));
        var dryRun = sync.plan(first);
        assertThat(dryRun.counts().total(Change.CREATED)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from directory.persons where source = 'AAF'").query(Long.class).single())
                .as("a dry run changes nothing").isZero();

        var applied = sync.apply(first);
        assertThat(applied.failures()).isEmpty();
        assertThat(applied.created()).hasSize(3);
        assertThat(classOf("E1")).isEqualTo("2NDE A");
        assertThat(parentsOf("E1")).isEqualTo(1);
        assertThat(jdbc.sql("""
                select s.label from directory.teachings t join directory.subjects s on s.id = t.subject_id
                join directory.persons p on p.id = t.person_id where p.external_id = 'T1'""")
                .query(String.class).single()).isEqualTo("Mathématiques");
        assertThat(jdbc.sql("""
                select count(*) from directory.person_profiles pp join directory.persons p on p.id = pp.person_id
                where p.external_id = 'R1' and pp.profile = 'RELATIVE'""").query(Long.class).single())
                .as("a parent belongs to the structure of their child").isEqualTo(1);

        var again = sync.apply(first);
        assertThat(again.counts().total(Change.UNCHANGED)).isEqualTo(3);
        assertThat(again.counts().total(Change.CREATED) + again.counts().total(Change.UPDATED)).isZero();

        var moved = sync.apply(full(pupil("E1", "Anna", "2NDE B", "R1", "R2"), parent("R1", "Marie"),
                parent("R2", "Paul")));
        assertThat(moved.counts().total(Change.UPDATED)).isEqualTo(1);
        assertThat(moved.counts().total(Change.REMOVED)).as("the teacher left the register").isEqualTo(1);
        assertThat(classOf("E1")).isEqualTo("2NDE B");
        assertThat(parentsOf("E1")).isEqualTo(2);
        assertThat(jdbc.sql("select state from directory.persons where external_id = 'T1'").query(String.class).single())
                .isEqualTo("DETACHED");
        assertThat(jdbc.sql("select count(*) from directory.persons where external_id = 'T1' and delete_after > now() + interval '89 days'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void deltaDeletesOnlyWhatItNamesAndReportsUnknownPeople() {
        sync.apply(full("DELTA-TEST", pupil("D1", "Léa", "1ERE", "DR1"), parent("DR1", "Jeanne"), teacher("DT1", "1ERE", "MATHS")));
        var delete = new SyncPerson("DT1", Profile.TEACHER, true, "", "", null, null, null, List.of(), List.of(),
                List.of(), List.of(), Set.of());
        var ghost = new SyncPerson("NOBODY", Profile.STUDENT, true, "", "", null, null, null, List.of(), List.of(),
                List.of(), List.of(), Set.of());
        var report = sync.apply(new SyncBatch("DELTA-TEST", false, Set.of(), List.of(), List.of(), List.of(),
                List.of(delete, ghost), List.of()));
        assertThat(report.counts().total(Change.REMOVED)).isEqualTo(1);
        assertThat(report.warnings()).extracting(w -> w.messageKey()).containsExactly("import.warning.deleteUnknown");
        assertThat(jdbc.sql("select state from directory.persons where external_id = 'D1'").query(String.class).single())
                .isEqualTo("ACTIVE");
    }
}
