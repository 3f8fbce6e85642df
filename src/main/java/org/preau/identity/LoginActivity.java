package org.preau.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What each address did lately, for the password-check gate: how many logins it sent and how
 * many succeeded, as counts that fade (by e every ten seconds), so that a count is about ten
 * times the address's logins a second while it keeps sending. A person logging in from home
 * counts 1; an attacking address, or a school's network in the morning, counts tens.
 */
final class LoginActivity {

    /** Logins sent lately from which an address whose logins mostly fail is doubtful. */
    private static final int DOUBTFUL_AFTER = 5;
    private static final long FORGOTTEN_AFTER = TimeUnit.MINUTES.toNanos(1);

    private final Map<String, Fading> sent = new ConcurrentHashMap<>();
    private final Map<String, Fading> succeeded = new ConcurrentHashMap<>();

    void sent(String address, long nanos) {
        sent.merge(address, new Fading(1, nanos), Fading::plus);
    }

    void succeeded(String address) {
        succeeded.merge(address, new Fading(1, System.nanoTime()), Fading::plus);
    }

    int sentLately(String address, long nanos) {
        return sent.getOrDefault(address, Fading.NONE).at(nanos);
    }

    /**
     * An address that sent several logins lately, most of which did not succeed: at the start of
     * an attack, before its addresses have failed enough to be refused, their checks are held to
     * a few a second so that they do not take a core from everybody else. A school's network,
     * whose logins succeed, is not doubtful however many it sends.
     */
    boolean doubtful(String address) {
        long now = System.nanoTime();
        int lately = sentLately(address, now);
        return lately >= DOUBTFUL_AFTER && 2 * succeeded.getOrDefault(address, Fading.NONE).at(now) < lately;
    }

    /** Forgets every address. */
    void forgetAll() {
        sent.clear();
        succeeded.clear();
    }

    /** Forgets the addresses quiet for a minute. */
    void forgetQuiet() {
        long now = System.nanoTime();
        sent.values().removeIf(a -> now - a.nanos() > FORGOTTEN_AFTER);
        succeeded.values().removeIf(a -> now - a.nanos() > FORGOTTEN_AFTER);
    }

    private record Fading(double count, long nanos) {

        static final Fading NONE = new Fading(0, 0);
        private static final double TAU_NANOS = TimeUnit.SECONDS.toNanos(10);

        Fading plus(Fading more) {
            return new Fading(count * Math.exp(-(more.nanos - nanos) / TAU_NANOS) + more.count, more.nanos);
        }

        int at(long now) {
            return (int) Math.round(count * Math.exp(-(now - nanos) / TAU_NANOS));
        }
    }

    /** A small token bucket: at most so many a second, as many at once. */
    static final class Rate {
        private final double perNano;
        private final double burst;
        private double tokens;
        private long last = System.nanoTime();

        Rate(int perSecond) {
            this.perNano = perSecond / 1e9;
            this.burst = Math.max(1, Math.min(perSecond, 1_000_000));
            this.tokens = burst;
        }

        synchronized boolean tryTake() {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) * perNano);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
