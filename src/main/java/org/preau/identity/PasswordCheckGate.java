package org.preau.identity;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets only half as many password checks run at once as there are cores (a check is ~20 ms
 * of pure CPU by design), so that a flood of logins queues here instead of taking the CPU
 * from the database and every other page.
 * <p>
 * The queue is short ({@code login-queue-size}) and ordered by how often the address failed
 * lately, so that during an attack people from clean addresses go first: when the queue is
 * full, a newcomer with fewer failures takes the place of the waiter with the most, who is told
 * to come back in a moment. Suspect addresses never wait at all. Nobody waits longer than
 * {@code login-queue-wait}, and the queue never holds enough requests to starve other pages of
 * the admission slots they are waiting in.
 */
@Component
class PasswordCheckGate {

    private static final Comparator<Waiter> ORDER =
            Comparator.comparingInt(Waiter::failures).thenComparingLong(Waiter::arrival);

    private final int permits;
    private final long waitNanos;
    private final int queueSize;
    private final ReentrantLock lock = new ReentrantLock();
    private final PriorityQueue<Waiter> queue = new PriorityQueue<>(ORDER);
    private int running;
    private long arrivals;

    PasswordCheckGate(@Value("${preau.identity.concurrent-password-checks:0}") int permits,
            @Value("${preau.identity.login-queue-wait:PT3S}") Duration wait,
            @Value("${preau.identity.login-queue-size:0}") int queueSize) {
        this.permits = permits > 0 ? permits : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.waitNanos = wait.toNanos();
        this.queueSize = queueSize > 0 ? queueSize : 32 * this.permits;
    }

    /**
     * Runs the check for an address that failed {@code failures} times lately, or throws
     * {@link LoginBusyException} when no slot is free in time (at once for a suspect).
     */
    <T> T check(int failures, boolean suspect, Supplier<T> check) {
        enter(failures, suspect);
        try {
            return check.get();
        } finally {
            leave();
        }
    }

    private void enter(int failures, boolean suspect) {
        lock.lock();
        try {
            if (running < permits && queue.isEmpty()) {
                running++;
                return;
            }
            if (suspect) {
                throw new LoginBusyException();
            }
            Waiter me = new Waiter(failures, arrivals++, lock.newCondition());
            if (queue.size() >= queueSize) {
                Waiter worst = queue.stream().max(ORDER).orElseThrow();
                if (ORDER.compare(worst, me) <= 0) {
                    throw new LoginBusyException();
                }
                queue.remove(worst);
                worst.dropped = true;
                worst.turn.signal();
            }
            queue.add(me);
            awaitTurn(me);
        } finally {
            lock.unlock();
        }
    }

    private void awaitTurn(Waiter me) {
        long nanos = waitNanos;
        try {
            while (!me.admitted && !me.dropped && nanos > 0) {
                nanos = me.turn.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!me.admitted) {
            queue.remove(me);
            throw new LoginBusyException();
        }
    }

    private void leave() {
        lock.lock();
        try {
            running--;
            Waiter next = queue.poll();
            if (next != null) {
                next.admitted = true;
                running++;
                next.turn.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many checks wait now (for tests and metrics). */
    int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    private static final class Waiter {
        private final int failures;
        private final long arrival;
        private final Condition turn;
        private boolean admitted;
        private boolean dropped;

        Waiter(int failures, long arrival, Condition turn) {
            this.failures = failures;
            this.arrival = arrival;
            this.turn = turn;
        }

        int failures() {
            return failures;
        }

        long arrival() {
            return arrival;
        }
    }
}
