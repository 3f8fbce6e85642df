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
 * the application's clock (it starts at the application's time); autowire it and {@link #advance} it.
 */
public final class MovableClock extends Clock {

    private final Instant start;
    private final AtomicReference<Instant> now;

    public MovableClock(Instant start) {
        this.start = start;
        this.now = new AtomicReference<>(start);
    }

    /** Back to the time the clock started at (a new test class starts from there). */
    public void reset() {
        now.set(start);
    }

    /** Moves time forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
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
}
