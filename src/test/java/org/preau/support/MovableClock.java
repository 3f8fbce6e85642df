package org.preau.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.preau.platform.time.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock that tests move: {@code @Import(MovableClock.Config.class)} on a test class makes it
 * the application's clock (it starts at the application's time, and stands still); autowire it
 * and {@link #advance} it. {@link TickingConfig} makes one that runs from where it is set, for the
 * browser journeys, whose pages and sessions expect time to pass.
 */
public final class MovableClock extends Clock {

    /** Where the clock was set, and the {@link System#nanoTime()} of that moment when it ticks. */
    private record Mark(Instant instant, long nanos) {
    }

    private final Instant start;
    private final long startNanos = System.nanoTime();
    private final boolean ticking;
    private final AtomicReference<Mark> mark;

    public MovableClock(Instant start) {
        this(start, false);
    }

    private MovableClock(Instant start, boolean ticking) {
        this.start = start;
        this.ticking = ticking;
        this.mark = new AtomicReference<>(new Mark(start, startNanos));
    }

    /** A clock that runs on from the application's time, and from any time it is set to. */
    public static MovableClock ticking(Instant start) {
        return new MovableClock(start, true);
    }

    /**
     * Back to the time the clock started at (a new test class starts from there); a ticking clock
     * goes back to the application's time as it is now.
     */
    public void reset() {
        set(ticking ? start.plusNanos(System.nanoTime() - startNanos) : start);
    }

    /** Moves time forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        mark.updateAndGet(m -> new Mark(m.instant().plus(duration), m.nanos()));
    }

    public void set(Instant instant) {
        mark.set(new Mark(instant, System.nanoTime()));
    }

    @Override
    public Instant instant() {
        Mark at = mark.get();
        return ticking ? at.instant().plusNanos(System.nanoTime() - at.nanos()) : at.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, seen from another zone (pages show Europe/Paris). */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock movable = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return movable.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return movable.withZone(other);
            }
        };
    }

    /** Makes a {@link MovableClock} the application's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        /** Starts at the application's time: now, shifted by {@code preau.clock.offset} when set. */
        @Bean
        MovableClock clock(@Value("${preau.clock.offset:PT0S}") Duration offset) {
            return new MovableClock(ClockConfiguration.shifted(offset).instant());
        }
    }

    /** Makes a ticking {@link MovableClock} the application's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class TickingConfig {
        @Bean
        MovableClock clock(@Value("${preau.clock.offset:PT0S}") Duration offset) {
            return ticking(ClockConfiguration.shifted(offset).instant());
        }
    }
}
