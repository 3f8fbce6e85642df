package org.preau.feeding.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.preau.feeding.csv.ColumnMapping.Field;
import org.preau.feeding.source.Rejection;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourceDuplicates;
import org.preau.feeding.source.SourceChildLink;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.SourceProfile;

/** Generic files and broken ones: rejections with their line and field, never exceptions. */
class CsvReaderBadInputTest {

    private final CsvReader reader = new CsvReader();

    @Test
    void readsAGenericCommaSeparatedFileWithIds() {
        SourceBatch batch = read("Identifiant,Last name,First name,Date of birth,E-mail,Class\r\n"
                + "A-17,Durand,Léa,2014-03-02,lea.durand@example.org,CM1\r\n"
                + "A-18,Martin,Paul,02/11/2013,pas-un-mail,\"CM2, groupe B\"\r\n", SourceProfile.STUDENT);

        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.persons()).extracting(SourcePerson::externalId, SourcePerson::birthDate, SourcePerson::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-17", LocalDate.of(2014, 3, 2), "lea.durand@example.org"),
                        org.assertj.core.groups.Tuple.tuple("A-18", LocalDate.of(2013, 11, 2), null));
        assertThat(batch.persons().get(1).classes().getFirst().className()).isEqualTo("CM2, groupe B");
        assertThat(batch.warnings()).singleElement().satisfies(w -> {
            assertThat(w.messageKey()).isEqualTo(CsvRowReader.BAD_VALUE);
            assertThat(w.line()).isEqualTo(3);
        });
    }

    @Test
    void rejectsABadDateWithItsLineAndField() {
        SourceBatch batch = read("Nom;Prénom;Date de naissance\nDURAND;Léa;2014-02-30\n\nMARTIN;Paul;2013-11-02\n"
                + "PETIT;Jo;13/25/2013\n", SourceProfile.STUDENT);

        assertThat(batch.persons()).extracting(SourcePerson::lastName).containsExactly("MARTIN");
        assertThat(batch.rejected()).extracting(Rejection::line, Rejection::field, Rejection::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "BIRTH_DATE", CsvRowReader.BAD_DATE),
                org.assertj.core.groups.Tuple.tuple(5, "BIRTH_DATE", CsvRowReader.BAD_DATE));
        assertThat(batch.persons().getFirst().origin().line()).as("the empty line 3 is skipped but counted").isEqualTo(4);
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        byte[] content = "Civilité;Adresse;Classe\nMme;1 rue;CP\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.preview(content, "x.csv").recognised()).isNull();

        ColumnMapping partial = new ColumnMapping(Map.of(Field.CLASS, 2));
        SourceBatch batch = reader.read(content, "x.csv", SourceProfile.STUDENT, "S1", partial);

        assertThat(batch.persons()).isEmpty();
        assertThat(batch.warnings()).isEmpty();
        assertThat(batch.rejected()).singleElement()
                .extracting(Rejection::messageKey, Rejection::line, Rejection::args)
                .containsExactly(CsvReader.MISSING_COLUMN, 1, List.of("LAST_NAME, FIRST_NAME, BIRTH_DATE"));
    }

    @Test
    void asksRelativesForTheirChildrenColumns() {
        byte[] content = "Nom;Prénom\nDURAND;Eve\n".getBytes(StandardCharsets.UTF_8);
        ColumnMapping mapping = reader.preview(content, "r.csv").recognised();
        assertThat(reader.preview(content, "r.csv", SourceProfile.RELATIVE).recognised()).isNull();
        assertThat(reader.preview(content, "r.csv", SourceProfile.TEACHER).recognised()).isEqualTo(mapping);
        assertThat(reader.read(content, "r.csv", SourceProfile.RELATIVE, "S1", mapping).rejected()).singleElement()
                .extracting(Rejection::args).isEqualTo(List.of("CHILD_LAST_NAME, CHILD_FIRST_NAME"));
    }

    @Test
    void rejectsDuplicateRowsAndMissingValues() {
        SourceBatch batch = read("Nom;Prénom;Date naissance\nDURAND;Léa;2014-03-02\nDurand;LEA;02/03/2014\n"
                + ";Paul;2013-11-02\nMARTIN;Paul;\n", SourceProfile.STUDENT);

        assertThat(batch.persons()).as("the same pupil twice with different content: neither is kept").isEmpty();
        assertThat(batch.rejected()).extracting(Rejection::line, Rejection::field, Rejection::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "EXTERNAL_ID", SourceDuplicates.CONFLICT),
                        org.assertj.core.groups.Tuple.tuple(3, "EXTERNAL_ID", SourceDuplicates.CONFLICT),
                        org.assertj.core.groups.Tuple.tuple(4, "LAST_NAME", CsvRowReader.MISSING_VALUE),
                        org.assertj.core.groups.Tuple.tuple(5, "BIRTH_DATE", CsvRowReader.MISSING_VALUE));
        SourceBatch same = read("Nom;Prénom;Date naissance\nDURAND;Léa;2014-03-02\nDURAND;Léa;2014-03-02\n",
                SourceProfile.STUDENT);
        assertThat(same.persons()).as("identical rows: applied once").hasSize(1);
        assertThat(same.rejected()).isEmpty();
        assertThat(same.warnings()).singleElement().extracting(w -> w.messageKey()).isEqualTo(SourceDuplicates.IDENTICAL);
    }

    @Test
    void derivesTheChildIdWhenTheRelativesFileGivesTheBirthDate() {
        SourceBatch pupils = read("Nom;Prénom;Date naissance\nDURAND;Léa;2014-03-02\n", SourceProfile.STUDENT);
        SourceBatch relatives = read("Nom;Prénom;Lien;Nom enfant;Prénom enfant;Date de naissance enfant\n"
                + "DURAND;Eve;Mère;Durand;Léa;02/03/2014\nDURAND;Max;Autre;;;\n", SourceProfile.RELATIVE);

        assertThat(relatives.childLinks()).singleElement()
                .extracting(SourceChildLink::childExternalId, SourceChildLink::legalGuardian, l -> l.origin().line())
                .containsExactly(pupils.persons().getFirst().externalId(), true, 2);
        assertThat(relatives.warnings()).singleElement()
                .satisfies(w -> assertThat(w.messageKey()).isEqualTo(CsvRowReader.NO_CHILD));
        assertThat(relatives.persons()).extracting(SourcePerson::externalId)
                .doesNotContain(pupils.persons().getFirst().externalId());
    }

    @Test
    void refusesBinaryAndEmptyFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ColumnMapping mapping = new ColumnMapping(Map.of(Field.LAST_NAME, 0, Field.FIRST_NAME, 1));
        assertThat(reader.preview(png, "photo.png").recognised()).isNull();
        assertThat(reader.read(png, "C:\\Users\\dir\\photo.png", SourceProfile.TEACHER, "S1", mapping).rejected())
                .singleElement().extracting(Rejection::file, Rejection::messageKey)
                .containsExactly("photo.png", CsvReader.WRONG_KIND);
        assertThat(reader.read(new byte[0], "vide.csv", SourceProfile.TEACHER, "S1", mapping).rejected())
                .singleElement().extracting(Rejection::messageKey).isEqualTo(CsvReader.EMPTY_FILE);
    }

    @Test
    void rejectsARowWhoseQuoteNeverCloses() {
        SourceBatch batch = read("Nom;Prénom\nMARTIN;Paul\n\"DURAND;Léa\nPETIT;Jo\n", SourceProfile.TEACHER);
        assertThat(batch.persons()).extracting(SourcePerson::lastName).containsExactly("MARTIN");
        assertThat(batch.rejected()).singleElement().extracting(Rejection::line, Rejection::messageKey)
                .containsExactly(3, CsvRowReader.UNTERMINATED_QUOTE);
    }

    private SourceBatch read(String csv, SourceProfile profile) {
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        ColumnMapping mapping = reader.preview(content, "f.csv").recognised();
        assertThat(mapping).as("columns of %s", csv.lines().findFirst().orElseThrow()).isNotNull();
        return reader.read(content, "f.csv", profile, "S1", mapping);
    }
}
