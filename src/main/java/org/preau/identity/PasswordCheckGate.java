package org.preau.identity;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets only half as many password checks run at once as there are cores (a check is ~20 ms
 * of pure CPU by design), so that a flood of logins queues here instead of taking the CPU
 * from the database and every other page.
 * <p>
 * The queue is short ({@code login-queue-size}) and ordered by how often the address failed
 * lately, then by how many logins from the same address already wait, so that during an attack
 * people from clean, quiet addresses go first: when the queue is full, a newcomer who ranks
 * better takes the place of the waiter who ranks worst, who is told to come back in a moment.
 * A login from an address with no failure and nobody else waiting is never refused for a full
 * queue, only after waiting too long: an attacker gets at most one such place per address, and
 * genuine logins piling up while the machine is busy (an import, a collection) wait their turn. Suspect addresses never wait at all. Nobody waits longer than
 * {@code login-queue-wait}. Login posts pass the general admission control uncounted
 * ({@code preau.admission.own-gates}): this gate is their admission, so waiting logins never take
 * the slots of other pages.
 */
@Component
class PasswordCheckGate {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheckGate.class);
    private static final Comparator<Waiter> ORDER = Comparator.comparingInt(Waiter::failures)
            .thenComparingInt(Waiter::ahead).thenComparingLong(Waiter::arrival);

    private final int permits;
    private final long waitNanos;
    private final int queueSize;
    private final ReentrantLock lock = new ReentrantLock();
    private final PriorityQueue<Waiter> queue = new PriorityQueue<>(ORDER);
    private final Map<String, Integer> waitingFrom = new HashMap<>();
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
    <T> T check(String address, int failures, boolean suspect, Supplier<T> check) {
        enter(address, failures, suspect);
        try {
            return check.get();
        } finally {
            leave();
        }
    }

    private void enter(String address, int failures, boolean suspect) {
        lock.lock();
        try {
            if (running < permits && queue.isEmpty()) {
                running++;
                return;
            }
            if (suspect) {
                throw busy("suspect", failures);
            }
            Waiter me = new Waiter(address, failures, waitingFrom.getOrDefault(address, 0), arrivals++,
                    lock.newCondition());
            if (queue.size() >= queueSize && (me.failures > 0 || me.ahead > 0)) {
                Waiter worst = queue.stream().max(ORDER).orElseThrow();
                if (ORDER.compare(worst, me) <= 0) {
                    throw busy("queue full", failures);
                }
                remove(worst);
                worst.dropped = true;
                worst.turn.signal();
            }
            queue.add(me);
            waitingFrom.merge(address, 1, Integer::sum);
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
            if (!me.dropped) {
                remove(me);
            }
            throw busy(me.dropped ? "dropped" : "waited too long", me.failures);
        }
    }

    private LoginBusyException busy(String why, int failures) {
        if (log.isDebugEnabled()) {
            log.debug("Password check refused ({}): address with {} failures, {} running, {} waiting", why, failures,
                    running, queue.size());
        }
        return new LoginBusyException();
    }

    private void leave() {
        lock.lock();
        try {
            running--;
            Waiter next = queue.peek();
            if (next != null) {
                remove(next);
                next.admitted = true;
                running++;
                next.turn.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void remove(Waiter waiter) {
        queue.remove(waiter);
        waitingFrom.computeIfPresent(waiter.address, (a, n) -> n > 1 ? n - 1 : null);
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
        private final String address;
        private final int failures;
        private final int ahead;
        private final long arrival;
        private final Condition turn;
        private boolean admitted;
        private boolean dropped;

        Waiter(String address, int failures, int ahead, long arrival, Condition turn) {
            this.address = address;
            this.failures = failures;
            this.ahead = ahead;
            this.arrival = arrival;
            this.turn = turn;
        }

        int failures() {
            return failures;
        }

        int ahead() {
            return ahead;
        }

        long arrival() {
            return arrival;
        }
    }
}
