package org.preau.platform.warmup;

/**
 * Work that a module runs once at start-up, before the node reports ready, so that the first
 * people it serves do not pay for a cold JVM (interpreted code, empty caches, unopened
 * connections). A task must leave no trace people could see: no data written, no counter of
 * a real person or address touched.
 */
public interface WarmUpTask {

    /** A short name for the log. */
    String name();

    /** One round of the work; called {@code rounds} times in a row, within the warm-up's time budget. */
    void run(int round) throws Exception;

    /** How many rounds make this task's code hot (compiled by the JIT). */
    default int rounds() {
        return 200;
    }
}
