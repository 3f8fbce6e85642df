package org.preau.platform.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The warm-up runs every task's rounds before readiness, within its budget, and survives a failing task. */
class WarmUpTest {

    /** A task that records its rounds, and fails at {@code failAt} if set. */
    static final class Recording implements WarmUpTask {
        final List<Integer> rounds = new ArrayList<>();
        final int count;
        final int failAt;
        final long roundNanos;

        Recording(int count, int failAt, Duration round) {
            this.count = count;
            this.failAt = failAt;
            this.roundNanos = round.toNanos();
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public int rounds() {
            return count;
        }

        @Override
        public void run(int round) {
            if (round == failAt) {
                throw new IllegalStateException("cold");
            }
            rounds.add(round);
            long until = System.nanoTime() + roundNanos;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // a round that costs CPU, as warming up does
            }
        }
    }

    @Test
    void everyTaskRunsItsRoundsInOrder() {
        var first = new Recording(5, -1, Duration.ZERO);
        var second = new Recording(3, -1, Duration.ZERO);

        new WarmUp(List.of(first, second), true, Duration.ofSeconds(5)).run(null);

        assertThat(first.rounds).containsExactly(0, 1, 2, 3, 4);
        assertThat(second.rounds).containsExactly(0, 1, 2);
    }

    @Test
    void aFailingTaskIsSkippedAndTheOthersStillRun() {
        var failing = new Recording(10, 2, Duration.ZERO);
        var next = new Recording(4, -1, Duration.ZERO);

        new WarmUp(List.of(failing, next), true, Duration.ofSeconds(5)).run(null);

        assertThat(failing.rounds).containsExactly(0, 1);
        assertThat(next.rounds).hasSize(4);
    }

    @Test
    void aSlowTaskStopsAtItsShareOfTheBudgetAndLeavesTheRestToTheOthers() {
        var slow = new Recording(1_000_000, -1, Duration.ofMillis(5));
        var quick = new Recording(3, -1, Duration.ZERO);
        long start = System.nanoTime();

        new WarmUp(List.of(slow, quick), true, Duration.ofMillis(300)).run(null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(slow.rounds.size()).isBetween(1, 100);
        assertThat(quick.rounds).hasSize(3);
    }

    @Test
    void disabledRunsNothing() {
        var task = new Recording(3, -1, Duration.ZERO);

        new WarmUp(List.of(task), false, Duration.ofSeconds(5)).run(null);

        assertThat(task.rounds).isEmpty();
    }
}
