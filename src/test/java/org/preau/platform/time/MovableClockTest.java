package org.preau.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@PreauSpringTest
@Import(MovableClock.Config.class)
class MovableClockTest {

    @Autowired
    Clock clock;
    @Autowired
    MovableClock movable;

    @Test
    void theApplicationClockIsTheOneTestsMove() {
        var before = clock.instant();
        movable.advance(Duration.ofDays(3));
        assertThat(clock).isSameAs(movable);
        assertThat(Duration.between(before, clock.instant())).isGreaterThanOrEqualTo(Duration.ofDays(3));
    }
}
