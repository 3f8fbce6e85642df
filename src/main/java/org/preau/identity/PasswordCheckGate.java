package org.preau.identity;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets only half as many password checks run at once as there are cores (a check is ~20 ms
 * of pure CPU by design), so that a flood of logins queues here instead of taking the CPU
 * from the database and every other page. People from clean addresses wait their turn for up to
 * {@code login-queue-wait}; addresses with recent failures (an attack) get a smaller share
 * and never wait: when their share is taken they are told to come back in a moment.
 */
@Component
class PasswordCheckGate {

    private final Semaphore all;
    private final Semaphore suspects;
    private final long waitMillis;

    PasswordCheckGate(@Value("${preau.identity.concurrent-password-checks:0}") int permits,
            @Value("${preau.identity.login-queue-wait:PT3S}") java.time.Duration wait) {
        int size = permits > 0 ? permits : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.all = new Semaphore(size, true);
        this.suspects = new Semaphore(Math.max(1, size / 2));
        this.waitMillis = wait.toMillis();
    }

    /** Runs the check, or throws {@link LoginBusyException} when no slot is free in time. */
    <T> T check(boolean suspect, Supplier<T> check) {
        if (suspect) {
            if (!suspects.tryAcquire()) {
                throw new LoginBusyException();
            }
            try {
                return run(0, check);
            } finally {
                suspects.release();
            }
        }
        return run(waitMillis, check);
    }

    private <T> T run(long wait, Supplier<T> check) {
        try {
            if (!(wait == 0 ? all.tryAcquire() : all.tryAcquire(wait, TimeUnit.MILLISECONDS))) {
                throw new LoginBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginBusyException();
        }
        try {
            return check.get();
        } finally {
            all.release();
        }
    }
}
