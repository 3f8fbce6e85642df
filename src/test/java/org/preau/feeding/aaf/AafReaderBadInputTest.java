package org.preau.feeding.aaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.feeding.aaf.AafXml.file;
import static org.preau.feeding.aaf.AafXml.pupil;
import static org.preau.feeding.aaf.AafXml.request;
import static org.preau.feeding.aaf.AafXml.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.feeding.source.Rejection;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.Warning;

/** Broken, foreign and inconsistent AAF files give rejections and warnings, never exceptions. */
class AafReaderBadInputTest {

    private static final Path SMALL = Path.of("../shared/fixtures/aaf/small");
    private static final String SMALL_PUPILS = "ENT_Complet_20200101_Eleve_0000.xml";

    @TempDir
    Path dir;
    private final AafReader reader = new AafReader();

    @Test
    void rejectsATruncatedFileWholeAndReadsTheOthers() throws IOException {
        String pupils = Files.readString(SMALL.resolve(SMALL_PUPILS));
        Path truncated = write(dir, SMALL_PUPILS, pupils.substring(0, pupils.indexOf("<attr name=\"ENTEleveRegime\"")));
        Path good = write(dir, "ENT_Eleve_0001.xml", file(pupil("addRequest", "9", "Nom", "Ana", "S1$6A", "")));

        SourceBatch batch = reader.read(List.of(truncated, good));

        assertThat(batch.persons()).extracting(SourcePerson::externalId).containsExactly("9");
        assertThat(batch.rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(SMALL_PUPILS);
            assertThat(r.messageKey()).isEqualTo(AafFileParser.MALFORMED);
            assertThat(r.line()).isGreaterThanOrEqualTo(16);
            assertThat(r.args()).hasSize(1);
        });
    }

    @Test
    void rejectsMismatchedTagsWithTheirLine() throws IOException {
        Path broken = write(dir, "ENT_Eleve_0000.xml", file(pupil("addRequest", "1", "Nom", "Ana", "S1$6A", ""))
                .replace("<value>Ana</value>", "<value>Ana</valeur>"));
        assertThat(reader.read(List.of(broken)).rejected()).singleElement()
                .extracting(Rejection::messageKey, Rejection::line).containsExactly(AafFileParser.MALFORMED, 10);
    }

    @Test
    void rejectsFilesOfAnotherKind() throws IOException {
        Path csv = write(dir, "eleves.csv", "\"Nom\";\"Prénom\"\n\"A\";\"B\"\n");
        Path png = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path html = write(dir, "page.xml", "<?xml version=\"1.0\"?>\n<html><body>AAF</body></html>\n");
        Path empty = write(dir, "empty.xml", "");
        Path jpeg = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});

        SourceBatch batch = reader.read(List.of(csv, png, html, empty, jpeg));

        assertThat(batch.rejected()).extracting(Rejection::file, Rejection::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("eleves.csv", AafFileParser.WRONG_KIND),
                org.assertj.core.groups.Tuple.tuple("logo.png", AafFileParser.WRONG_KIND),
                org.assertj.core.groups.Tuple.tuple("page.xml", AafFileParser.WRONG_KIND),
                org.assertj.core.groups.Tuple.tuple("empty.xml", AafFileParser.WRONG_KIND),
                org.assertj.core.groups.Tuple.tuple("photo.jpg", AafFileParser.WRONG_KIND));
        assertThat(batch.persons()).isEmpty();
    }

    @Test
    void rejectsAMissingFile() {
        assertThat(reader.read(List.of(dir.resolve("absent.xml"))).rejected()).singleElement()
                .extracting(Rejection::messageKey).isEqualTo("import.error.unreadableFile");
    }

    @Test
    void rejectsEveryOccurrenceOfAnIdGivenTwiceWithDifferentContent() throws IOException {
        String first = pupil("addRequest", "1", "Premier", "Ana", "S1$6A", "");
        String twin = pupil("addRequest", "1", "Second", "Ana", "S1$6B", "");
        Path pupils = write(dir, "ENT_Eleve_0000.xml", file(first, twin));

        SourceBatch batch = reader.read(List.of(pupils));

        assertThat(batch.persons()).isEmpty();
        int twinLine = (int) file(first).lines().count() - 1 + 1;
        assertThat(batch.rejected()).extracting(Rejection::messageKey, Rejection::line, r -> r.args().getFirst())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AafPersonRecords.CONFLICT, 4, "1"),
                        org.assertj.core.groups.Tuple.tuple(AafPersonRecords.CONFLICT, twinLine, "1"));
    }

    @Test
    void rejectsARecordWithoutMandatoryFields() throws IOException {
        Path pupils = write(dir, "ENT_Eleve_0000.xml", file(
                request("addRequest", "Eleve", "1", "ENTPersonJointure", "1", "givenName", "Ana"),
                request("addRequest", "Eleve", "2", "sn", "Nom", "givenName", "Ana"),
                pupil("addRequest", "3", "Nom", "Ana", "S1$6A", "")));

        SourceBatch batch = reader.read(List.of(pupils));

        assertThat(batch.persons()).extracting(SourcePerson::externalId).containsExactly("3");
        assertThat(batch.rejected()).extracting(Rejection::field, Rejection::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sn", AafNomenclature.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple("ENTPersonJointure", AafNomenclature.MISSING_FIELD));
    }

    @Test
    void dropsABadBirthDateWithAWarning() throws IOException {
        Path pupils = write(dir, "ENT_Eleve_0000.xml", file(pupil("addRequest", "1", "Nom", "Ana", "S1$6A", "")
                .replace("14/09/2010", "31/02/2010")));

        SourceBatch batch = reader.read(List.of(pupils));

        assertThat(batch.persons()).singleElement().extracting(SourcePerson::birthDate).isNull();
        assertThat(batch.warnings()).singleElement().extracting(Warning::messageKey, Warning::line, w -> w.args().getFirst())
                .containsExactly(AafPersons.BAD_DATE, 4, "ENTPersonDateNaissance");
    }

    @Test
    void dropsMalformedGroupsWithAWarningAndKeepsTheOthers() throws IOException {
        Path pupils = write(dir, "ENT_Eleve_0000.xml", file(pupil("addRequest", "1", "Nom", "Ana", "S1$6A", "")
                .replace("</attributes>", "<attr name=\"ENTEleveGroupes\"><value>S1$LATIN</value><value>S1</value>"
                        + "<value>$G2</value><value>S1$G3$X</value></attr></attributes>")));

        SourceBatch batch = reader.read(List.of(pupils));

        assertThat(batch.persons()).singleElement().extracting(SourcePerson::groups).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new org.preau.feeding.source.SourceGroupRef("S1", "LATIN", null));
        assertThat(batch.warnings()).extracting(Warning::messageKey, w -> w.args().get(1)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AafPersons.BAD_VALUE, "S1"),
                org.assertj.core.groups.Tuple.tuple(AafPersons.BAD_VALUE, "$G2"),
                org.assertj.core.groups.Tuple.tuple(AafPersons.BAD_VALUE, "S1$G3$X"));
    }

    @Test
    void warnsOfPupilsLinkedToRelativesAbsentFromTheBatch() throws IOException {
        Path pupils = write(dir, "ENT_Eleve_0000.xml", file(
                pupil("addRequest", "1", "Nom", "Ana", "S1$6A", "R1$1$1$1$0$0|R2$2$0$1$0$0"),
                pupil("addRequest", "2", "Nom", "Léo", "S1$6A", "R3$1$1$1$0$0")));
        Path relatives = write(dir, "ENT_PersRelEleve_0000.xml", file(AafXml.relative("addRequest", "R1", "Nom", "Eve"),
                AafXml.relative("addRequest", "R9", "Autre", "Jo")));

        SourceBatch batch = reader.read(List.of(pupils, relatives));

        assertThat(batch.warnings()).extracting(Warning::file, Warning::messageKey, Warning::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ENT_Eleve_0000.xml", AafCrossCheck.UNKNOWN_RELATIVES,
                        List.of("2", "R2, R3")),
                org.assertj.core.groups.Tuple.tuple("ENT_PersRelEleve_0000.xml", AafCrossCheck.ORPHAN_RELATIVES,
                        List.of("1")));
    }

    @Test
    void readsTheSmallSampleDespiteItsDanglingStructures() {
        SourceBatch batch = reader.read(List.of(SMALL));

        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.structures()).singleElement().satisfies(s -> {
            assertThat(s.externalId()).isEqualTo("1");
            assertThat(s.uai()).isEqualTo("0000000V");
            assertThat(s.type()).isEqualTo("ECOLE");
        });
        assertThat(batch.persons()).singleElement().satisfies(p -> {
            assertThat(p.relatives()).extracting(l -> l.relativeExternalId() + l.legalGuardian() + l.financial()
                    + l.contact()).containsExactly("2000000truetruetrue", "3000000truefalsefalse");
            assertThat(p.structureExternalIds()).containsExactly("1000", "3000");
        });
        assertThat(batch.warnings()).extracting(Warning::messageKey, Warning::args).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(AafCrossCheck.UNKNOWN_STRUCTURE, List.of("1000", "1")),
                org.assertj.core.groups.Tuple.tuple(AafCrossCheck.UNKNOWN_STRUCTURE, List.of("3000", "1")));
    }

    @Test
    void readsAnIso885915FileAndPredefinedEntities() throws IOException {
        String structure = Files.readString(SMALL.resolve("ENT_Complet_20200101_EtabEducNat_0000.xml"),
                StandardCharsets.ISO_8859_1).replace("NOM$STRUCTURE$COURANT", "ÉCOLE L&apos;ÉTÉ");
        Path latin = Files.write(dir.resolve("ENT_EtabEducNat_0000.xml"), structure.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reader.read(List.of(latin)).structures()).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("ÉCOLE L'ÉTÉ"));
    }
}
