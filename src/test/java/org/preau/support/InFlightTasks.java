package org.preau.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.springframework.core.task.TaskDecorator;

/**
 * Counts the tasks handed to the application's task executor (asynchronous event listeners)
 * and not finished yet, so that a test class does not start while the previous one's work
 * still runs. Spring Boot applies the unique {@link TaskDecorator} bean to that executor.
 */
final class InFlightTasks implements TaskDecorator {

    private final AtomicInteger running = new AtomicInteger();

    @Override
    public Runnable decorate(Runnable task) {
        running.incrementAndGet();
        return () -> {
            try {
                task.run();
            } finally {
                running.decrementAndGet();
            }
        };
    }

    /** Waits until no task runs, or the time is up; whether none runs. */
    boolean awaitNone(long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        while (running.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(5_000_000L);
        }
        return true;
    }
}
