package org.preau.feeding.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.preau.feeding.source.SourceDuplicates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.preau.feeding.csv.ColumnMapping.Field;
import org.preau.feeding.source.Rejection;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourceChildLink;
import org.preau.feeding.source.SourceClassRef;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.SourceProfile;

/** Every ONDE fixture, as exported (clean or double-encoded UTF-8) and as Windows-1252 and BOM copies. */
class CsvReaderOndeTest {

    private static final Path ONDE = Path.of("../shared/fixtures/onde-csv");
    private static final String SCHOOL = "0610001A";

    private final CsvReader reader = new CsvReader();

    @ParameterizedTest
    @CsvSource({
        "eleves.tiny.csv, STUDENT, 4, 0", "eleves.default.csv, STUDENT, 247, 0",
        "enseignants.tiny.csv, TEACHER, 6, 0", "enseignants.default.csv, TEACHER, 14, 0",
        "responsables.tiny.csv, RELATIVE, 7, 0", "responsables.default.csv, RELATIVE, 461, 8"})
    void readsEveryFixture(String name, SourceProfile profile, int persons, int duplicates) throws IOException {
        byte[] content = Files.readAllBytes(ONDE.resolve(name));
        CsvPreview preview = reader.preview(content, name);
        assertThat(preview.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(preview.separator()).isEqualTo(';');
        assertThat(preview.headers()).noneMatch(h -> h.contains("Ã"));
        assertThat(preview.recognised()).isNotNull();
        assertThat(preview.firstRows()).hasSize(Math.min(5, persons));

        SourceBatch batch = reader.read(content, name, profile, SCHOOL, preview.recognised());

        assertThat(batch.persons()).hasSize(persons).allMatch(p -> p.profile() == profile)
                .allMatch(p -> p.externalId().startsWith("onde:"))
                .allMatch(p -> p.structureExternalIds().equals(java.util.List.of(SCHOOL)));
        assertThat(batch.rejected()).isEmpty();
        // a parent listed once per child is the same person repeated: kept once, every child link kept
        assertThat(batch.warnings()).filteredOn(w -> w.messageKey().equals(SourceDuplicates.IDENTICAL))
                .hasSize(duplicates);
        assertThat(batch.warnings()).extracting(w -> w.messageKey())
                .filteredOn(k -> !k.equals(SourceDuplicates.IDENTICAL))
                .containsExactlyElementsOf(name.contains("tiny") ? java.util.List.of(CsvReader.ENCODING_REPAIRED)
                        : java.util.List.of());
    }

    @Test
    void repairsTheTinyPupilsFile() throws IOException {
        byte[] content = Files.readAllBytes(ONDE.resolve("eleves.tiny.csv"));
        CsvPreview preview = reader.preview(content, "eleves.tiny.csv");
        assertThat(preview.headers()).contains("Prénom Elève", "Nom d'usage Elève", "Cycle", "Décision de passage");
        assertThat(preview.recognised().columns()).containsEntry(Field.LAST_NAME, 0).containsEntry(Field.USAGE_NAME, 1)
                .containsEntry(Field.FIRST_NAME, 2).containsEntry(Field.BIRTH_DATE, 3).containsEntry(Field.CLASS, 15);

        SourcePerson elea = reader.read(content, "eleves.tiny.csv", SourceProfile.STUDENT, SCHOOL, preview.recognised())
                .persons().get(2);
        assertThat(elea.lastName()).isEqualTo("CAILLET");
        assertThat(elea.firstName()).isEqualTo("Eléa");
        assertThat(elea.birthDate()).isEqualTo(LocalDate.of(2006, 9, 27));
        assertThat(elea.classes()).containsExactly(new SourceClassRef(SCHOOL, "CE1"));
        assertThat(elea.origin().line()).isEqualTo(4);
        assertThat(elea.externalId()).as("same id as in the clean default file")
                .isEqualTo(pupil("eleves.default.csv", "Eléa").externalId());
    }

    @Test
    void readsAWindows1252CopyAndABomCopyAlike() throws IOException {
        String clean = Files.readString(ONDE.resolve("eleves.default.csv"), StandardCharsets.UTF_8);
        byte[] windows = clean.getBytes(CsvText.WINDOWS_1252);
        byte[] bom = ("\uFEFF" + clean).getBytes(StandardCharsets.UTF_8);
        SourceBatch utf8 = read(clean.getBytes(StandardCharsets.UTF_8), SourceProfile.STUDENT);

        assertThat(reader.preview(windows, "eleves.csv").charset()).isEqualTo(CsvText.WINDOWS_1252);
        assertThat(reader.preview(bom, "eleves.csv").headers().getFirst()).isEqualTo("Nom Elève");
        assertThat(read(windows, SourceProfile.STUDENT).persons()).isEqualTo(utf8.persons());
        assertThat(read(bom, SourceProfile.STUDENT).persons()).isEqualTo(utf8.persons());
        assertThat(utf8.persons()).extracting(SourcePerson::firstName).contains("Maëlle", "Raphaël");
    }

    @Test
    void readsTeachersAndTheirHead() throws IOException {
        SourceBatch batch = read(Files.readAllBytes(ONDE.resolve("enseignants.tiny.csv")), SourceProfile.TEACHER);
        assertThat(batch.persons().getFirst()).extracting(SourcePerson::lastName, SourcePerson::firstName,
                SourcePerson::teachings).containsExactly("BAILLY", "Catherine", java.util.List.of(
                        new org.preau.feeding.source.SourceTeaching(SCHOOL, "TPS", CsvRowReader.POLYVALENT)));
        assertThat(batch.subjects()).as("the class teacher's subject")
                .extracting(org.preau.feeding.source.SourceSubject::code).containsExactly(CsvRowReader.POLYVALENT);

        SourcePerson head = read(Files.readAllBytes(ONDE.resolve("enseignants.default.csv")), SourceProfile.TEACHER)
                .persons().stream().filter(p -> !p.functions().isEmpty()).findFirst().orElseThrow();
        assertThat(head.lastName()).isEqualTo("PALLISE");
        assertThat(head.functions()).containsExactly(SCHOOL + "$DIR");
    }

    @Test
    void linksRelativesToTheirChildrenByName() throws IOException {
        byte[] content = Files.readAllBytes(ONDE.resolve("responsables.default.csv"));
        ColumnMapping mapping = reader.preview(content, "responsables.csv").recognised();
        assertThat(mapping.columns()).containsEntry(Field.CHILD_LAST_NAME, 13).containsEntry(Field.CHILD_FIRST_NAME, 14)
                .containsEntry(Field.CHILD_CLASS, 15).containsEntry(Field.CHILD2_LAST_NAME, 17)
                .containsEntry(Field.CHILD3_CLASS, 23).doesNotContainKey(Field.CHILD_BIRTH_DATE);

        SourceBatch batch = reader.read(content, "responsables.csv", SourceProfile.RELATIVE, SCHOOL, mapping);

        SourcePerson first = batch.persons().getFirst();
        assertThat(first.lastName()).isEqualTo("ADJIBEL");
        assertThat(batch.childLinks()).filteredOn(l -> l.relativeExternalId().equals(first.externalId()))
                .extracting(SourceChildLink::childLastName, SourceChildLink::childFirstName, SourceChildLink::childClassName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MARTINEZ", "Alexandre", "CE2"),
                        org.assertj.core.groups.Tuple.tuple("MARTINEZ", "Marjolaine", "CM1"),
                        org.assertj.core.groups.Tuple.tuple("DRAHONNET", "Cassandra", "CP"));
        assertThat(batch.childLinks()).allMatch(l -> l.legalGuardian() && l.childExternalId() == null)
                .as("a parent on two rows keeps the children of both").hasSize(450 + 2 * 16 + 3 * 3);
        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.warnings()).filteredOn(w -> w.messageKey().equals(SourceDuplicates.IDENTICAL))
                .extracting(w -> w.line()).containsExactly(20, 174, 202, 251, 253, 343, 368, 370);
    }

    private SourcePerson pupil(String file, String firstName) throws IOException {
        return read(Files.readAllBytes(ONDE.resolve(file)), SourceProfile.STUDENT).persons().stream()
                .filter(p -> p.firstName().equals(firstName)).findFirst().orElseThrow();
    }

    private SourceBatch read(byte[] content, SourceProfile profile) {
        return reader.read(content, "file.csv", profile, SCHOOL, reader.preview(content, "file.csv").recognised());
    }
}
