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
}
