package org.preau.platform;

/**
 * What a node keeps in memory about the data of its database: caches, throttle counters.
 * Every such bean implements this, so that the memory can be forgotten at once when the
 * database under a running node is replaced (a restored backup; the test suite's database
 * cloned afresh for every test class) rather than serving what the old one held.
 */
public interface NodeLocalState {

    /** Forgets everything held in memory; the next reads go to the database. */
    void forget();
}
