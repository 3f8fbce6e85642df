package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class PasswordCheckGateTest {

    @Test
    void whenTheCoresAreTakenSuspectsAreTurnedAwayAtOnceAndCleanAddressesWaitTheirTurn() throws Exception {
        var gate = started(new PasswordCheckGate(2, Duration.ofSeconds(5), 0));
        var busy = new CountDownLatch(2);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> gate.check("192.0.2.1", 0, false, () -> {
                    busy.countDown();
                    await(release);
                    return 1;
                }));
            }
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> gate.check("192.0.2.2", 3, true, () -> 1)).isInstanceOf(LoginBusyException.class);
            var waiting = pool.submit(() -> gate.check("192.0.2.3", 0, false, () -> 42));
            release.countDown();
            assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(42);
        }
        assertThat(gate.check("192.0.2.4", 3, true, () -> 7)).isEqualTo(7);
    }

    @Test
    void checksCalledFromVirtualThreadsRunOnTheGatesOwnPlatformThreads() throws Exception {
        var gate = started(new PasswordCheckGate(1, Duration.ofSeconds(5), 0));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Thread checker = pool.submit(() -> gate.check("192.0.2.9", 0, false, Thread::currentThread))
                    .get(5, TimeUnit.SECONDS);
            assertThat(checker.isVirtual()).isFalse();
            assertThat(checker.getName()).startsWith("password-check-");
            assertThatThrownBy(() -> pool.submit(() -> gate.check("192.0.2.9", 0, false, () -> {
                throw new IllegalArgumentException("from the check");
            })).get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class);
            assertThat(gate.check("192.0.2.9", 0, false, () -> 3)).isEqualTo(3);
        } finally {
            gate.stop();
        }
    }

    @Test
    void aCleanAddressIsToldToComeBackWhenTheQueueDoesNotMoveInTime() throws Exception {
        var gate = started(new PasswordCheckGate(1, Duration.ofMillis(100), 0));
        var busy = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> gate.check("192.0.2.5", 0, false, () -> {
                busy.countDown();
                await(release);
                return 1;
            }));
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> gate.check("192.0.2.6", 0, false, () -> 1)).isInstanceOf(LoginBusyException.class);
            release.countDown();
        }
    }

    @Test
    void aFullQueueGivesANewcomerWithFewerFailuresThePlaceOfTheWaiterWithTheMost() throws Exception {
        var gate = started(new PasswordCheckGate(1, Duration.ofSeconds(10), 2));
        List<Integer> order = new CopyOnWriteArrayList<>();
        var busy = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> gate.check("192.0.2.7", 0, false, () -> {
                busy.countDown();
                await(release);
                return 0;
            }));
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            Future<Integer> oneFailure = pool.submit(() -> gate.check("192.0.2.8", 2, false, () -> served(order, 1)));
            Awaitility.await().until(() -> gate.waiting() == 1);
            Future<Integer> fewFailures = pool.submit(() -> gate.check("192.0.2.9", 2, false, () -> 2));
            Awaitility.await().until(() -> gate.waiting() == 2);
            // the queue is full: someone who failed as often is turned away, someone who failed less is not
            assertThatThrownBy(() -> gate.check("192.0.2.10", 2, false, () -> 3)).isInstanceOf(LoginBusyException.class);
            Future<Integer> clean = pool.submit(() -> gate.check("192.0.2.11", 1, false, () -> served(order, 4)));
            assertThatThrownBy(fewFailures::get).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(LoginBusyException.class);
            Awaitility.await().until(() -> gate.waiting() == 2);
            release.countDown();
            assertThat(clean.get(5, TimeUnit.SECONDS)).isEqualTo(4);
            assertThat(oneFailure.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(order).as("the fewer failures go first").containsExactly(4, 1);
    }

    @Test
    void loginsFromACrowdedAddressGoAfterAQuietOnesAndOnlyTheCrowdedAreLimitedByTheQueueSize() throws Exception {
        var gate = started(new PasswordCheckGate(1, Duration.ofSeconds(10), 2));
        var busy = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> gate.check("198.51.100.1", 0, false, () -> {
                busy.countDown();
                await(release);
                return 0;
            }));
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            Future<Integer> first = pool.submit(() -> gate.check("198.51.100.1", 0, false, () -> served(order, 1)));
            Awaitility.await().until(() -> gate.waiting() == 1);
            Future<Integer> second = pool.submit(() -> gate.check("198.51.100.1", 0, false, () -> served(order, 2)));
            Awaitility.await().until(() -> gate.waiting() == 2);
            // a crowded address is not let in beyond the queue's size, a clean and quiet one is
            assertThatThrownBy(() -> gate.check("198.51.100.1", 0, false, () -> 3)).isInstanceOf(LoginBusyException.class);
            Future<Integer> quiet = pool.submit(() -> gate.check("203.0.113.9", 0, false, () -> served(order, 4)));
            Awaitility.await().until(() -> gate.waiting() == 3);
            release.countDown();
            assertThat(quiet.get(5, TimeUnit.SECONDS)).isEqualTo(4);
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        }
        assertThat(order).as("the address that sent four logins lately goes after the one that sent one")
                .containsExactly(4, 1, 2);
    }

    @Test
    void waitersAreRankedByWhatTheirAddressDidWhileTheyWaitedAndSuspectsAreSentAway() throws Exception {
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        var gate = started(new PasswordCheckGate(1, Duration.ofSeconds(10), 0, a -> failures.getOrDefault(a, 0), 2));
        var busy = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> gate.check("192.0.2.20", 0, false, () -> {
                busy.countDown();
                await(release);
                return 0;
            }));
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            // two attack addresses, clean when their logins arrive, then a person from home
            Future<Integer> failedMeanwhile = pool.submit(() -> gate.check("198.51.100.30", 0, false, () -> served(order, 1)));
            Awaitility.await().until(() -> gate.waiting() == 1);
            Future<Integer> suspectMeanwhile = pool.submit(() -> gate.check("198.51.100.31", 0, false, () -> served(order, 2)));
            Awaitility.await().until(() -> gate.waiting() == 2);
            Future<Integer> person = pool.submit(() -> gate.check("203.0.113.30", 0, false, () -> served(order, 3)));
            Awaitility.await().until(() -> gate.waiting() == 3);
            failures.put("198.51.100.30", 1);
            failures.put("198.51.100.31", 2);
            release.countDown();
            assertThat(person.get(5, TimeUnit.SECONDS)).isEqualTo(3);
            assertThat(failedMeanwhile.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            assertThatThrownBy(suspectMeanwhile::get).hasCauseInstanceOf(LoginBusyException.class);
        } finally {
            gate.stop();
        }
        assertThat(order).as("the person from home goes before the address that failed meanwhile").containsExactly(3, 1);
    }

    static PasswordCheckGate started(PasswordCheckGate gate) {
        gate.start();
        return gate;
    }

    @Test
    void checkersStartWithTheLifecycleNotTheConstructorAndIdleOnesBlockWithoutPolling() throws Exception {
        var gate = new PasswordCheckGate(3, Duration.ofSeconds(5), 0);
        assertThat(gate.isRunning()).isFalse();
        assertThat(gate.checkers()).as("no thread before start").isEmpty();
        gate.start();
        try {
            assertThat(gate.checkers()).hasSize(3).allMatch(Thread::isAlive);
            assertThat(gate.check("192.0.2.70", 0, false, () -> 5)).isEqualTo(5);
            // idle checkers park until a login comes: no timed wait, no spinning
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> gate.checkers().stream()
                    .allMatch(t -> t.getState() == Thread.State.WAITING));
        } finally {
            gate.stop();
        }
        assertThat(gate.isRunning()).isFalse();
        assertThatThrownBy(() -> gate.check("192.0.2.71", 0, false, () -> 1)).isInstanceOf(LoginBusyException.class);
    }

    @Test
    void everyIdleCheckerIsWokenWhenLoginsArriveTogetherAndEveryWaiterIsServed() throws Exception {
        int permits = 4;
        var gate = started(new PasswordCheckGate(permits, Duration.ofSeconds(20), 1000));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            // logins that arrive together while every checker sleeps: each must wake its own
            // checker (a wake-up lost would leave a login waiting while a checker sleeps)
            for (int round = 0; round < 20; round++) {
                var together = new CyclicBarrier(permits);
                List<Future<Integer>> checks = new CopyOnWriteArrayList<>();
                for (int i = 0; i < permits; i++) {
                    int who = i;
                    checks.add(pool.submit(() -> gate.check("198.51.100." + who, 0, false, () -> meet(together, who))));
                }
                for (var check : checks) {
                    assertThat(check.get(10, TimeUnit.SECONDS)).as("round %d: all checkers ran at once", round)
                            .isNotNegative();
                }
            }
            // and a crowd of waiters on drained permits: everyone is served, in bounded CPU
            var served = new AtomicInteger();
            List<Future<Integer>> crowd = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 600; i++) {
                int who = i;
                crowd.add(pool.submit(() -> gate.check("10.1." + who / 250 + "." + who % 250, 0, false,
                        () -> served.incrementAndGet())));
            }
            for (var one : crowd) {
                assertThat(one.get(20, TimeUnit.SECONDS)).isPositive();
            }
            assertThat(served).hasValue(600);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> gate.waiting() == 0
                    && gate.checkers().stream().allMatch(t -> t.getState() == Thread.State.WAITING));
            long idleCpu = checkerCpu(gate);
            Awaitility.await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> true);
            assertThat(checkerCpu(gate) - idleCpu).as("idle checkers take no CPU").isLessThan(TimeUnit.MILLISECONDS.toNanos(20));
        } finally {
            gate.stop();
        }
    }

    /** Waits until every checker of the round is in a check at the same time; its number, or -1. */
    private static int meet(CyclicBarrier together, int who) {
        try {
            together.await(750, TimeUnit.MILLISECONDS);
            return who;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (BrokenBarrierException | TimeoutException e) {
            return -1;
        }
    }

    private static long checkerCpu(PasswordCheckGate gate) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return gate.checkers().stream().mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.threadId()))).sum();
    }

    private static int served(List<Integer> order, int who) {
        order.add(who);
        return who;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
