package org.preau.feeding.aaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.feeding.aaf.AafXml.file;
import static org.preau.feeding.aaf.AafXml.pupil;
import static org.preau.feeding.aaf.AafXml.relative;
import static org.preau.feeding.aaf.AafXml.request;
import static org.preau.feeding.aaf.AafXml.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.feeding.source.Operation;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourceClassRef;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.SourceProfile;
import org.preau.feeding.source.SourceRelativeLink;

/** Delta files: modifyRequest and deleteRequest records. */
class AafReaderDeltaTest {

    @TempDir
    Path dir;
    private final AafReader reader = new AafReader();

    @Test
    void movesAPupilToAnotherClass() throws IOException {
        Path delta = write(dir, "ENT_Delta_20240105_Eleve_0000.xml",
                file(pupil("modifyRequest", "P1", "Martin", "Léa", " S1$5 EME B ", "R1$1$1$1$1$0")));

        SourceBatch batch = reader.read(List.of(delta));

        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.persons()).singleElement().satisfies(p -> {
            assertThat(p.operation()).isEqualTo(Operation.UPSERT);
            assertThat(p.profile()).isEqualTo(SourceProfile.STUDENT);
            assertThat(p.classes()).containsExactly(new SourceClassRef("S1", "5 EME B"));
            assertThat(p.relatives()).containsExactly(new SourceRelativeLink("R1", true, true, true));
        });
        assertThat(batch.warnings()).as("no relative or structure file: nothing to check against").isEmpty();
    }

    @Test
    void addsAParentLinkedFromTheirChild() throws IOException {
        Path relatives = write(dir, "ENT_Delta_PersRelEleve_0000.xml", file(relative("addRequest", "R2", "Martin", "Paul")));
        Path pupils = write(dir, "ENT_Delta_Eleve_0000.xml",
                file(pupil("modifyRequest", "P1", "Martin", "Léa", "S1$5B", "R2$2$0$1$0$0")));

        SourceBatch batch = reader.read(List.of(relatives, pupils));

        assertThat(batch.persons()).extracting(SourcePerson::externalId, SourcePerson::profile).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R2", SourceProfile.RELATIVE),
                org.assertj.core.groups.Tuple.tuple("P1", SourceProfile.STUDENT));
        assertThat(batch.persons().get(1).relatives()).containsExactly(new SourceRelativeLink("R2", true, false, false));
        assertThat(batch.warnings()).isEmpty();
    }

    @Test
    void removesATeacher() throws IOException {
        Path staff = write(dir, "ENT_Delta_PersEducNat_0000.xml", file(
                request("deleteRequest", "Enseignant", "T1"),
                request("deleteRequest", "PersEducNat", "T2"),
                request("deleteRequest", "Eleve", "P9")));

        SourceBatch batch = reader.read(List.of(staff));

        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.persons()).extracting(SourcePerson::operation, SourcePerson::externalId, SourcePerson::profile)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Operation.DELETE, "T1", SourceProfile.TEACHER),
                        org.assertj.core.groups.Tuple.tuple(Operation.DELETE, "T2", SourceProfile.PERSONNEL),
                        org.assertj.core.groups.Tuple.tuple(Operation.DELETE, "P9", SourceProfile.STUDENT));
        assertThat(batch.persons()).allSatisfy(p -> assertThat(p.origin().line()).isPositive());
    }

    @Test
    void rejectsAnUnknownCategory() throws IOException {
        Path odd = write(dir, "ENT_Delta_0000.xml", file(request("addRequest", "Inconnu", "X1", "sn", "A")));

        assertThat(reader.read(List.of(odd)).rejected()).singleElement()
                .satisfies(r -> assertThat(r.messageKey()).isEqualTo("import.error.unknownCategory"));
    }

    @Test
    void readsATeacherWhoTeachesWithoutAPersEducNatCategory() throws IOException {
        Path staff = write(dir, "ENT_Delta_PersEducNat_0001.xml", file(request("addRequest", "PersEducNat", "T3",
                "ENTPersonJointure", "T3", "sn", "Durand", "givenName", "Max", "mail", "max.durand@ac-test.fr",
                "ENTPersonStructRattach", "S1", "ENTAuxEnsClasses", "S1$CM2", "ENTPersonFonctions",
                "S1$DIR$DIRECTION$-$-", "PersEducNatPresenceDevantEleves", "O")));

        SourcePerson teacher = reader.read(List.of(staff)).persons().getFirst();

        assertThat(teacher.profile()).isEqualTo(SourceProfile.TEACHER);
        assertThat(teacher.email()).isEqualTo("max.durand@ac-test.fr");
        assertThat(teacher.functions()).containsExactly("S1$DIR");
        assertThat(teacher.classes()).containsExactly(new SourceClassRef("S1", "CM2"));
    }

    /** Stored entries as a map: what the register sent last time. */
    private static RegisterEntries stored(Map<String, Map<String, List<String>>> entries) {
        return new RegisterEntries() {
            @Override
            public java.util.Optional<Map<String, List<String>>> find(String id) {
                return java.util.Optional.ofNullable(entries.get(id));
            }

            @Override
            public boolean known(String id) {
                return entries.containsKey(id);
            }
        };
    }

    private static final Map<String, List<String>> KU = Map.of("ENTPersonJointure", List.of("2605692"),
            "sn", List.of("Long"), "givenName", List.of("Kù"), "ENTPersonDateNaissance", List.of("14/09/1995"),
            "ENTPersonStructRattach", List.of("52006"), "ENTEleveClasses", List.of("52006$RUS1TERM"),
            "ENTEleveGroupes", List.of("52006$206"),
            "ENTElevePersRelEleve", List.of("2867253$2$1$1$0$0", "2867254$1$0$2$0$0"));

    private static String modify(String id, String... modifications) {
        StringBuilder xml = new StringBuilder("<modifyRequest>\n<operationalAttributes><attr name=\"categoriePersonne\">"
                + "<value>Eleve</value></attr></operationalAttributes>\n<identifier><id>" + id
                + "</id></identifier>\n<modifications>\n");
        for (int i = 0; i < modifications.length; i += 3) {
            xml.append("<modification name=\"").append(modifications[i]).append("\" operation=\"")
                    .append(modifications[i + 1]).append("\">");
            for (String v : modifications[i + 2].split("\\|", -1)) {
                xml.append("<value>").append(v).append("</value>");
            }
            xml.append("</modification>\n");
        }
        return xml.append("</modifications>\n</modifyRequest>\n").toString();
    }

    @Test
    void aModificationChangesOnlyTheAttributesItNamesWithLdapSemantics() throws IOException {
        Path delta = write(dir, "ENT_Delta_Eleve_0000.xml", file(modify("2605692",
                "ENTEleveClasses", "replace", "52006$RUS2TERM",
                "ENTElevePersRelEleve", "delete", "2867254$1$0$2$0$0",
                "ENTElevePersRelEleve", "add", "2999001$1$1$2$1$0",
                "ENTEleveGroupes", "delete", "",
                "ENTPersonDateNaissance", "replace", "")));

        var read = reader.read(List.of(delta), stored(Map.of("2605692", KU)));

        assertThat(read.batch().rejected()).isEmpty();
        SourcePerson pupil = read.batch().persons().getFirst();
        assertThat(pupil.lastName()).isEqualTo("Long");
        assertThat(pupil.firstName()).isEqualTo("Kù");
        assertThat(pupil.birthDate()).as("empty replace clears").isNull();
        assertThat(pupil.classes()).containsExactly(new SourceClassRef("52006", "RUS2TERM"));
        assertThat(pupil.groups()).as("delete without values removes the attribute").isEmpty();
        assertThat(pupil.relatives()).containsExactly(new SourceRelativeLink("2867253", true, true, false),
                new SourceRelativeLink("2999001", true, true, true));
        assertThat(pupil.structureExternalIds()).containsExactly("52006");
        assertThat(read.entries()).singleElement().satisfies(e -> assertThat(e.attributes().get("ENTEleveClasses"))
                .containsExactly("52006$RUS2TERM"));
    }

    @Test
    void mandatoryFieldsAreCheckedOnTheResultAndUnknownIdsAreRejected() throws IOException {
        Path delta = write(dir, "ENT_Delta_Eleve_0000.xml", file(modify("2605692", "sn", "delete", ""),
                modify("NOBODY", "sn", "replace", "X"), request("deleteRequest", "Eleve", "GHOST")));

        var batch = reader.read(List.of(delta), stored(Map.of("2605692", KU))).batch();

        assertThat(batch.persons()).isEmpty();
        assertThat(batch.rejected()).extracting(r -> r.messageKey(), r -> r.args().getFirst()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("import.error.missingField", "sn"),
                org.assertj.core.groups.Tuple.tuple(AafPersonRecords.UNKNOWN_ID, "NOBODY"),
                org.assertj.core.groups.Tuple.tuple(AafPersonRecords.UNKNOWN_ID, "GHOST"));
    }

    @Test
    void identicalDuplicatesAcrossFilesAreAppliedOnceWithOneWarning() throws IOException {
        String record = pupil("addRequest", "P1", "Martin", "Léa", "S1$5B", "");
        Path one = write(dir, "ENT_Delta_Eleve_0000.xml", file(record));
        Path two = write(dir, "ENT_Delta_Eleve_0001.xml", file(record));

        SourceBatch batch = reader.read(List.of(one, two));

        assertThat(batch.persons()).hasSize(1);
        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.warnings()).singleElement()
                .satisfies(w -> assertThat(w.messageKey()).isEqualTo(AafPersonRecords.IDENTICAL));
    }

    @Test
    void aStructureModificationKeepsWhatItDoesNotName() throws IOException {
        Path delta = write(dir, "ENT_Delta_EtabEducNat_0000.xml", file("""
                <modifyRequest>
                <operationalAttributes><attr name="categorieStructure"><value>EtabEducNat</value></attr></operationalAttributes>
                <identifier><id>52006</id></identifier>
                <modifications>
                <modification name="ENTStructureNomCourant" operation="replace"><value>LYCEE NOUVEAU NOM</value></modification>
                </modifications>
                </modifyRequest>
                """));
        var stored = stored(Map.of("STRUCTURE:52006", Map.of("ENTStructureJointure", List.of("52006"),
                "ENTStructureUAI", List.of("0130001A"), "ENTStructureNomCourant", List.of("LYCEE ANCIEN NOM"),
                "ENTStructureTypeStruct", List.of("LYC"))));

        var read = reader.read(List.of(delta), stored);

        assertThat(read.batch().structures()).singleElement().satisfies(s -> {
            assertThat(s.uai()).as("not named: kept").isEqualTo("0130001A");
            assertThat(s.name()).isEqualTo("LYCEE NOUVEAU NOM");
        });
        assertThat(read.entries()).extracting(RegisterEntries.Entry::id).containsExactly("STRUCTURE:52006");
    }
}
