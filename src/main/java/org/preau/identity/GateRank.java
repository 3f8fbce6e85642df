package org.preau.identity;

import java.util.Comparator;

/**
 * A waiting login's rank at the password gate: its address's failures (when it came, or more
 * now), the logins that address sent lately, its address's logins waiting ahead, its arrival.
 * The lowest goes first.
 */
record GateRank(int failures, int now, int attempts, int ahead, long arrival) implements Comparable<GateRank> {

    private static final Comparator<GateRank> ORDER = Comparator.comparingInt(GateRank::failures)
            .thenComparingInt(GateRank::attempts).thenComparingInt(GateRank::ahead).thenComparingLong(GateRank::arrival);

    /** A login from an address with no failure, nothing else sent lately and nobody waiting: never refused for a full queue. */
    boolean quiet() {
        return failures == 0 && attempts <= 1 && ahead == 0;
    }

    @Override
    public int compareTo(GateRank other) {
        return ORDER.compare(this, other);
    }
}
