package org.preau.feeding.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SourceBatchTest {

    private static final Origin ORIGIN = new Origin("f.xml", 3);

    @Test
    void mergesInOrder() {
        SourcePerson first = SourcePerson.deletion("1", SourceProfile.STUDENT, ORIGIN);
        SourcePerson second = new SourcePerson(Operation.UPSERT, "2", SourceProfile.TEACHER, "Durand", "Léa", null,
                null, List.of("S1"), List.of(new SourceClassRef("S1", "CM1")), List.of(), List.of(), Set.of("S1$DIR"),
                ORIGIN);
        Warning warning = new Warning("g.csv", 0, "import.warning.noChild", List.of());
        SourceBatch one = new SourceBatch(List.of(), List.of(first), List.of(), List.of(), List.of(), List.of());
        SourceBatch two = new SourceBatch(List.of(), List.of(second), List.of(), List.of(), List.of(), List.of(warning));

        SourceBatch merged = SourceBatch.merge(List.of(one, two, SourceBatch.rejecting(
                new Rejection("h.png", 0, "", "import.error.wrongKind", List.of()))));

        assertThat(merged.persons()).containsExactly(first, second);
        assertThat(merged.warnings()).containsExactly(warning);
        assertThat(merged.rejected()).extracting(Rejection::file).containsExactly("h.png");
        assertThat(merged.childLinks()).isEmpty();
    }

    @Test
    void isImmutable() {
        List<SourcePerson> persons = new ArrayList<>();
        SourceBatch batch = new SourceBatch(List.of(), persons, List.of(), List.of(), List.of(), List.of());
        persons.add(SourcePerson.deletion("1", SourceProfile.STUDENT, ORIGIN));
        assertThat(batch.persons()).isEmpty();
        assertThatThrownBy(() -> batch.warnings().add(new Warning("f", 0, "k", List.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
