package org.preau.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;
import org.preau.platform.NodeLocalState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Lets only half as many password checks run at once as there are cores (a check is ~20 ms
 * of pure CPU by design), so that a flood of logins queues here instead of taking the CPU
 * from the database and every other page.
 * <p>
 * The queue is short ({@code login-queue-size}) and ordered by how often the address failed
 * lately, then by how many logins the address sent lately, then by how many logins from the
 * same address already waited when it arrived, so that during an attack people from clean,
 * quiet addresses go first, even in its first seconds before its addresses have failed. When
 * the queue is full, a newcomer who ranks better takes the place of the waiter who ranks worst,
 * who is told to come back in a moment. A login from a quiet address with no failure is never
 * refused for a full queue, only after waiting too long: an attacker gets at most one such place
 * per address, and genuine logins piling up while the machine is busy (an import, a collection)
 * wait their turn. Suspect addresses never wait at all. Nobody waits longer than
 * {@code login-queue-wait}.
 * <p>
 * Waiters are ranked again at each turn with their address's failures as they are then: at the
 * start of an attack its addresses are clean when their first logins arrive, and would keep
 * their place ahead of genuine people if ranked once; an address that has become suspect while
 * its logins waited has them sent away.
 * <p>
 * Checks run on the gate's own platform threads, one a slot, which take the next waiter
 * themselves: a check is CPU work and one or two short queries, and on a virtual thread each
 * query's answer — and each turn handed to a waiting virtual thread — would wait behind every
 * runnable request of a flood (a 20 ms check was measured taking 600 ms at the start of an
 * attack, and the slot stood idle while the next waiter was being woken up). Nothing here takes
 * a lock: with a lock, the checkers queued behind hundreds of parked virtual threads, each
 * handing the lock on only once the scheduler ran it (seconds without a check at the start of
 * an attack); waiters are claimed by compare-and-set instead.
 * <p>
 * A checker with nothing to do blocks on a semaphore that each newcomer releases once, after
 * joining the queue; woken, it takes waiters until none is left, then blocks again. A permit is
 * never thrown away, so a newcomer always finds a checker awake or wakes one (a permit left
 * over only costs one look at an empty queue), and an idle checker takes no CPU at all. The
 * checkers are started with the application context ({@link SmartLifecycle}, before the web
 * server accepts requests) and stopped after it, never in the constructor.
 * <p>
 * Login posts pass the general admission control uncounted ({@code preau.admission.own-gates}):
 * this gate is their admission, so waiting logins never take the slots of other pages.
 */
@Component
class PasswordCheckGate implements SmartLifecycle, NodeLocalState {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheckGate.class);

    private final int permits;
    private final long waitNanos;
    private final int queueSize;
    private final int suspectAfter;
    /** An address's failures now: waiters are ranked by what their address did since they arrived too. */
    private final ToIntFunction<String> failuresNow;
    /** The waiters (a few dozen at most: ranked by a scan at each turn). */
    private final Set<GateWaiter> waiting = ConcurrentHashMap.newKeySet();
    private final LoginActivity activity = new LoginActivity();
    private final LoginActivity.Rate doubtful;
    private final AtomicInteger idle;
    private final AtomicLong arrivals = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    /** One permit per newcomer that joined the queue: idle checkers block on it. */
    private final Semaphore wakeUp = new Semaphore(0);
    private final List<Thread> checkers = new ArrayList<>();
    private volatile boolean stopped;

    @Autowired
    PasswordCheckGate(@Value("${preau.identity.concurrent-password-checks:0}") int permits,
            @Value("${preau.identity.login-queue-wait:PT3S}") Duration wait,
            @Value("${preau.identity.login-queue-size:0}") int queueSize,
            @Value("${preau.identity.doubtful-checks-per-second:5}") int doubtfulPerSecond, LoginThrottle throttle) {
        this(permits, wait, queueSize, throttle::addressFailures, LoginThrottle.SUSPECT_AFTER, doubtfulPerSecond);
    }

    /** A gate whose waiters keep the failures they arrived with (tests). */
    PasswordCheckGate(int permits, Duration wait, int queueSize) {
        this(permits, wait, queueSize, address -> 0, Integer.MAX_VALUE);
    }

    PasswordCheckGate(int permits, Duration wait, int queueSize, ToIntFunction<String> failuresNow, int suspectAfter) {
        this(permits, wait, queueSize, failuresNow, suspectAfter, Integer.MAX_VALUE);
    }

    PasswordCheckGate(int permits, Duration wait, int queueSize, ToIntFunction<String> failuresNow, int suspectAfter,
            int doubtfulPerSecond) {
        this.permits = permits > 0 ? permits : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.waitNanos = wait.toNanos();
        this.queueSize = queueSize > 0 ? queueSize : 32 * this.permits;
        this.failuresNow = failuresNow;
        this.suspectAfter = suspectAfter;
        this.idle = new AtomicInteger(this.permits);
        this.doubtful = new LoginActivity.Rate(doubtfulPerSecond);
    }

    /** Starts the checkers (with the application context; tests call it on gates they build). */
    @Override
    public synchronized void start() {
        if (!checkers.isEmpty()) {
            return;
        }
        stopped = false;
        for (int i = 1; i <= permits; i++) {
            checkers.add(Thread.ofPlatform().name("password-check-" + i).daemon().start(this::work));
        }
    }

    /** Stops the checkers; waiters left are told to come back (the application is stopping). */
    @Override
    public synchronized void stop() {
        stopped = true;
        checkers.forEach(Thread::interrupt);
        for (Thread checker : checkers) {
            try {
                checker.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        checkers.clear();
        List.copyOf(waiting).forEach(w -> drop(w, "stopping"));
    }

    /** The checker threads (for tests). */
    synchronized List<Thread> checkers() {
        return List.copyOf(checkers);
    }

    @Override
    public synchronized boolean isRunning() {
        return !checkers.isEmpty();
    }

    /** Early: the checkers run before the web server takes its first login and until it has stopped. */
    @Override
    public int getPhase() {
        return 0;
    }

    /**
     * Runs the check for an address that failed {@code failures} times lately, or throws
     * {@link LoginBusyException} when no slot is free in time (at once for a suspect).
     */
    <T> T check(String address, int failures, boolean suspect, Supplier<T> check) {
        GateWaiter me = enter(address, failures, suspect, check);
        try {
            return cast(outcome(me));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (me.leave(GateWaiter.WITHDRAWN)) {
                waiting.remove(me);
            }
            throw new LoginBusyException();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(@Nullable Object result) {
        return (T) result;
    }

    private GateWaiter enter(String address, int failures, boolean suspect, Supplier<?> check) {
        long now = System.nanoTime();
        activity.sent(address, now);
        if (attempts.incrementAndGet() % 1024 == 0) {
            activity.forgetQuiet(); // every so many logins, turned away or not, so that the maps never grow unbounded
        }
        boolean freeNow = idle.get() > 0 && waiting.isEmpty();
        if (suspect && !freeNow) {
            throw busy("suspect", failures);
        }
        int ahead = (int) waiting.stream().filter(w -> w.address.equals(address)).count();
        GateWaiter me = new GateWaiter(address, failures, ahead, arrivals.getAndIncrement(), freeNow, check);
        if (!freeNow && waiting.size() >= queueSize) {
            Map<GateWaiter, GateRank> ranks = ranks(me);
            if (!ranks.get(me).quiet()) {
                GateWaiter worst = ranks.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                if (worst == me) {
                    throw busy("queue full", failures);
                }
                drop(worst, "dropped");
            }
        }
        waiting.add(me);
        wakeUp.release();
        return me;
    }

    /** The check's result, once a checker ran it; refused if none took it within the wait. */
    private @Nullable Object outcome(GateWaiter me) throws ExecutionException, InterruptedException {
        try {
            return me.result.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (me.leave(GateWaiter.WITHDRAWN)) {
                waiting.remove(me);
                throw new ExecutionException(busy("waited too long", me.failures));
            }
            return me.result.get(); // taken by a checker meanwhile (or dropped): its answer comes
        }
    }

    private void drop(GateWaiter waiter, String why) {
        if (waiter.leave(GateWaiter.DROPPED)) {
            waiting.remove(waiter);
            waiter.result.completeExceptionally(busy(why, waiter.failures));
        }
    }

    private LoginBusyException busy(String why, int failures) {
        if (log.isDebugEnabled()) {
            log.debug("Password check refused ({}): address with {} failures, {} running, {} waiting", why, failures,
                    permits - idle.get(), waiting.size());
        }
        return new LoginBusyException();
    }

    /** A checker: blocks until a newcomer joins, then takes the best-ranked waiters one by one until none is left. */
    private void work() {
        while (!stopped) {
            try {
                wakeUp.acquire();
            } catch (InterruptedException e) {
                return;
            }
            for (GateWaiter next = takeNext(); next != null && !stopped; next = takeNext()) {
                run(next);
            }
        }
    }

    private void run(GateWaiter next) {
        Object value = null;
        Throwable failure = null;
        try {
            value = next.check.get();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        idle.incrementAndGet(); // before the waiter learns its result: its next login may come at once
        if (failure != null) {
            next.result.completeExceptionally(failure);
        } else {
            next.result.complete(value);
        }
    }

    /**
     * Claims the best-ranked waiter, ranked now: an address that failed since its logins arrived
     * goes behind, and one that has become suspect meanwhile is sent away.
     */
    private @Nullable GateWaiter takeNext() {
        // each turn either returns, or moves a waiter out of WAITING (dropped, or claimed by
        // another): it ends, and never spins on waiters that left but are not removed yet
        while (true) {
            waiting.removeIf(w -> !w.isWaiting());
            if (waiting.isEmpty()) {
                return null;
            }
            Map<GateWaiter, GateRank> ranks = ranks(null);
            ranks.forEach((waiter, rank) -> {
                if (rank.now() >= suspectAfter && !waiter.enteredFree) {
                    drop(waiter, "suspect meanwhile");
                }
            });
            var best = ranks.entrySet().stream().filter(e -> e.getKey().isWaiting())
                    .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            if (best.isEmpty()) {
                continue;
            }
            if (!best.get().enteredFree && activity.doubtful(best.get().address) && !doubtful.tryTake()) {
                drop(best.get(), "doubtful");
                continue;
            }
            idle.decrementAndGet();
            if (best.get().leave(GateWaiter.TAKEN)) {
                waiting.remove(best.get());
                return best.get();
            }
            idle.incrementAndGet();
        }
    }

    /**
     * Each waiter's rank (and a newcomer's, if any): its address's failures (as many as when it
     * arrived, or more now), how many logins its address sent lately, the same address's logins
     * that were waiting when it arrived, arrival.
     */
    private Map<GateWaiter, GateRank> ranks(@Nullable GateWaiter newcomer) {
        Map<GateWaiter, GateRank> ranks = new HashMap<>();
        Map<String, Integer> failed = new HashMap<>();
        Map<String, Integer> sent = new HashMap<>();
        List<GateWaiter> all = new ArrayList<>(waiting);
        if (newcomer != null) {
            all.add(newcomer);
        }
        long nanos = System.nanoTime();
        for (GateWaiter waiter : all) {
            int current = failed.computeIfAbsent(waiter.address, failuresNow::applyAsInt);
            int lately = sent.computeIfAbsent(waiter.address, a -> activity.sentLately(a, nanos));
            ranks.put(waiter, new GateRank(Math.max(current, waiter.failures), current, lately, waiter.ahead,
                    waiter.arrival));
        }
        return ranks;
    }

    /** Whether this address sent several logins lately, most of which did not succeed. */
    boolean doubtful(String address) {
        return activity.doubtful(address);
    }

    /** A password from this address was right: its logins are no longer doubtful. */
    void succeeded(String address) {
        activity.succeeded(address);
    }

    /** Forgets what addresses sent and how they fared lately. */
    @Override
    public void forget() {
        activity.forgetAll();
    }

    /** How many checks wait now (for tests and metrics). */
    int waiting() {
        return waiting.size();
    }
}
