package org.preau.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;

/** The notice events say what they are about, link inside Préau, and name each recipient once. */
class NoticeEventsTest {

    private final PersonId pupil = new PersonId(UUID.randomUUID());
    private final PersonId other = new PersonId(UUID.randomUUID());

    @Test
    void recipientsAreEachNamedOnceAndTheGuardiansAskedForOnlyWhenSaid() {
        assertThat(Recipients.people(List.of(pupil, other, pupil)).people()).containsExactly(pupil, other);
        assertThat(Recipients.people(List.of(pupil)).guardiansOf()).isEmpty();
        assertThat(Recipients.peopleAndTheirGuardians(List.of(pupil, pupil)).guardiansOf()).containsExactly(pupil);
    }

    @Test
    void aNoticeLinksInsidePreauAndNamesItsResource() {
        var people = Recipients.people(List.of(pupil));
        assertThat(new NoticeRequested("diary.homework", people, List.of("Maths"), "/diary/homework/1", null,
                "diary.homework:1").resource()).isEqualTo("diary.homework:1");
        assertThatThrownBy(() -> new NoticeRequested("diary.homework", people, List.of(), "https://evil.example",
                null, "diary.homework:1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeRequested("diary.homework", people, List.of(), "//evil.example", null,
                "diary.homework:1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeRequested("diary.homework", people, List.of(), "/diary", null, "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticesWithdrawn("messaging.message:")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new NoticesWithdrawn("messaging.message:" + UUID.randomUUID()).resource())
                .startsWith("messaging.message:");
    }
}
