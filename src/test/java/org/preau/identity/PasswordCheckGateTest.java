package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PasswordCheckGateTest {

    @Test
    void whenTheCoresAreTakenSuspectsAreTurnedAwayAtOnceAndCleanAddressesWaitTheirTurn() throws Exception {
        var gate = new PasswordCheckGate(2, Duration.ofSeconds(5));
        var busy = new CountDownLatch(2);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> gate.check(false, () -> {
                    busy.countDown();
                    await(release);
                    return 1;
                }));
            }
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> gate.check(true, () -> 1)).isInstanceOf(LoginBusyException.class);
            var waiting = pool.submit(() -> gate.check(false, () -> 42));
            release.countDown();
            assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(42);
        }
        assertThat(gate.check(true, () -> 7)).isEqualTo(7);
    }

    @Test
    void aCleanAddressIsToldToComeBackWhenTheQueueDoesNotMoveInTime() throws Exception {
        var gate = new PasswordCheckGate(1, Duration.ofMillis(100));
        var busy = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> gate.check(false, () -> {
                busy.countDown();
                await(release);
                return 1;
            }));
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> gate.check(false, () -> 1)).isInstanceOf(LoginBusyException.class);
            release.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
