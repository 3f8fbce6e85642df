package org.preau.identity;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/** A login waiting at the password gate for a checker, with what ranks it. */
final class GateWaiter {
    static final int WAITING = 0;
    static final int TAKEN = 1;
    static final int DROPPED = 2;
    static final int WITHDRAWN = 3;

    final String address;
    final int failures;
    final int ahead;
    final long arrival;
    /** Came when a slot was free and nobody waited: let in whatever its address is. */
    final boolean enteredFree;
    final Supplier<?> check;
    final AtomicInteger state = new AtomicInteger(WAITING);
    final CompletableFuture<@Nullable Object> result = new CompletableFuture<>();

    GateWaiter(String address, int failures, int ahead, long arrival, boolean enteredFree, Supplier<?> check) {
        this.address = address;
        this.failures = failures;
        this.ahead = ahead;
        this.arrival = arrival;
        this.enteredFree = enteredFree;
        this.check = check;
    }

    boolean isWaiting() {
        return state.get() == WAITING;
    }

    /** Leaves the queue for {@code to}, if it is still waiting (only one of a checker, a newcomer or itself wins). */
    boolean leave(int to) {
        return state.compareAndSet(WAITING, to);
    }
}
