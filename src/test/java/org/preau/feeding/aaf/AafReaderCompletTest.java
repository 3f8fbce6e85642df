package org.preau.feeding.aaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preau.feeding.source.Operation;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourceClassRef;
import org.preau.feeding.source.SourceGroupRef;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.SourceProfile;
import org.preau.feeding.source.SourceRelativeLink;
import org.preau.feeding.source.SourceStructure;
import org.preau.feeding.source.SourceTeaching;
import org.preau.feeding.source.Warning;

/** The full 2013 export of fixtures/aaf/complet-2013, read as a whole directory. */
class AafReaderCompletTest {

    private static final Path COMPLET = Path.of("../shared/fixtures/aaf/complet-2013");

    private static SourceBatch batch;
    private static Map<String, SourcePerson> persons;

    @BeforeAll
    static void readOnce() {
        AafReader reader = new AafReader();
        reader.read(List.of(COMPLET)); // warm up the JIT and the StAX classes
        long start = System.nanoTime();
        batch = reader.read(List.of(COMPLET));
        System.out.printf("complet-2013 read in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        persons = batch.persons().stream().collect(Collectors.toMap(SourcePerson::externalId, Function.identity()));
    }

    @Test
    void readsEveryRecordOfTheExport() {
        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.structures()).hasSize(10);
        assertThat(batch.persons()).hasSize(11_318).allMatch(p -> p.operation() == Operation.UPSERT);
        Map<SourceProfile, Long> byProfile = batch.persons().stream()
                .collect(Collectors.groupingBy(SourcePerson::profile, Collectors.counting()));
        assertThat(byProfile).containsEntry(SourceProfile.STUDENT, 642L).containsEntry(SourceProfile.RELATIVE, 9_975L);
        assertThat(byProfile.get(SourceProfile.TEACHER) + byProfile.get(SourceProfile.PERSONNEL)).isEqualTo(701);
        assertThat(byProfile).containsEntry(SourceProfile.TEACHER, 533L).containsEntry(SourceProfile.PERSONNEL, 168L);
        assertThat(batch.subjects()).hasSize(718);
        assertThat(batch.mefs()).hasSize(2_504);
    }

    @Test
    void readsAPupilWithClassAndRelatives() {
        SourcePerson pupil = persons.get("2605692");
        assertThat(pupil.profile()).isEqualTo(SourceProfile.STUDENT);
        assertThat(pupil.lastName()).isEqualTo("Long");
        assertThat(pupil.firstName()).isEqualTo("Kù");
        assertThat(pupil.birthDate()).isEqualTo(LocalDate.of(1995, 9, 14));
        assertThat(pupil.structureExternalIds()).containsExactly("52006");
        assertThat(pupil.classes()).containsExactly(new SourceClassRef("52006", "RUS1TERM"));
        assertThat(pupil.groups()).containsExactly(new SourceGroupRef("52006", "206", null));
        assertThat(pupil.relatives()).containsExactly(
                new SourceRelativeLink("2867253", true, true, false),
                new SourceRelativeLink("2867254", true, false, false));
        assertThat(pupil.origin().file()).isEqualTo("FULL_ENTTSSERVICES_Complet_20130117_Eleve_0001.xml");
        assertThat(pupil.origin().line()).isEqualTo(5);
    }

    @Test
    void readsEveryGroupOfPupilsAndTeachers() {
        assertThat(batch.persons()).filteredOn(p -> p.profile() == SourceProfile.STUDENT)
                .flatMap(SourcePerson::groups).as("87 values, 85 distinct per pupil").hasSize(85).allMatch(g -> g.subjectCode() == null);
        assertThat(persons.get("2605712").groups()).containsExactly(new SourceGroupRef("52009", "1S2GP1", null));
        assertThat(batch.persons()).flatMap(SourcePerson::groups).filteredOn(g -> g.subjectCode() != null)
                .contains(new SourceGroupRef("55794", "211GP1", "069600"));
        assertThat(batch.warnings()).noneMatch(w -> w.args().stream().anyMatch(a -> a.contains("Groupes")));
    }

    @Test
    void keepsInnerSpacesOfClassNames() {
        assertThat(batch.persons()).flatMap(SourcePerson::classes).contains(new SourceClassRef("52001", "1 STMG 3"));
    }

    @Test
    void readsATeacherWithClassesSubjectsAndFunctions() {
        SourcePerson teacher = persons.get("2397006");
        assertThat(teacher.profile()).isEqualTo(SourceProfile.TEACHER);
        assertThat(teacher.email()).isNull();
        assertThat(teacher.classes()).extracting(SourceClassRef::className).containsExactly("303", "502", "601", "302");
        assertThat(teacher.teachings()).contains(new SourceTeaching("50477", "303", "020700"))
                .allMatch(t -> t.className() != null);
        assertThat(teacher.groups()).hasSize(16).contains(new SourceGroupRef("52006", "502PPRF", null),
                new SourceGroupRef("52006", "601P2", null), new SourceGroupRef("50477", "502PPRF", "020700"),
                new SourceGroupRef("50477", "601P2", "020700"));
        assertThat(teacher.functions()).containsExactly("50477$ENS");
        assertThat(teacher.structureExternalIds()).containsExactly("52006", "50477");
    }

    @Test
    void tellsTeachersFromOtherStaff() {
        assertThat(persons.get("2397001").profile()).as("ENS function, not before pupils").isEqualTo(SourceProfile.TEACHER);
        assertThat(batch.persons()).filteredOn(p -> p.profile() == SourceProfile.PERSONNEL)
                .allMatch(p -> p.functions().stream().noneMatch(f -> f.endsWith("$ENS")));
    }

    @Test
    void readsStructuresSubjectsAndMefs() {
        SourceStructure first = batch.structures().getFirst();
        assertThat(first).extracting(SourceStructure::externalId, SourceStructure::uai, SourceStructure::name,
                SourceStructure::type).containsExactly("52000", "1004001V", "Z.REMP-DIGNE-AIX_MARS.", "OTHER");
        assertThat(batch.subjects()).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("009800");
            assertThat(s.label()).isEqualTo("ACCCOMPAGN.EDUCATIF- AIDE DEVOIRS LECONS");
        });
        assertThat(batch.mefs().getFirst()).extracting(m -> m.code(), m -> m.label())
                .containsExactly("06110004110", "1ER DEGRE : ADAPTATION");
    }

    @Test
    void aggregatesOrphanRelativesPerFile() {
        List<Warning> orphans = warnings(AafCrossCheck.ORPHAN_RELATIVES);
        assertThat(orphans).allMatch(w -> w.file().contains("PersRelEleve") && w.line() == 0);
        assertThat(orphans).extracting(Warning::file).doesNotHaveDuplicates();
        assertThat(orphans.stream().mapToInt(w -> Integer.parseInt(w.args().getFirst())).sum()).isEqualTo(8_946);
        assertThat(warnings(AafCrossCheck.UNKNOWN_RELATIVES)).isEmpty();
    }

    @Test
    void aggregatesStructuresOutsideTheSetPerStructure() {
        List<Warning> unknown = warnings(AafCrossCheck.UNKNOWN_STRUCTURE);
        assertThat(unknown).isNotEmpty();
        assertThat(unknown).extracting(w -> w.args().getFirst()).doesNotHaveDuplicates()
                .contains("50477").noneMatch(id -> id.startsWith("5200"));
        Warning gap = unknown.stream().filter(w -> w.args().getFirst().equals("50477")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(gap.args().get(1))).isPositive();
        assertThat(batch.warnings()).hasSize(unknown.size() + warnings(AafCrossCheck.ORPHAN_RELATIVES).size());
    }

    private static List<Warning> warnings(String key) {
        return batch.warnings().stream().filter(w -> w.messageKey().equals(key)).toList();
    }
}
