package org.preau.platform.time;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every module uses, and the only code allowed to read the system's time
 * ({@code ClockRuleTest}); tests replace it to move time. {@code preau.clock.offset}
 * ({@code PREAU_CLOCK_OFFSET}, an ISO-8601 duration such as {@code P1826D}) shifts it, so that
 * the whole suite or a demo can run years ahead: a date bomb shows up today, not in five years.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    /** The system clock in UTC, shifted by {@code offset}. */
    public static Clock shifted(Duration offset) {
        return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${preau.clock.offset:PT0S}") Duration offset) {
        if (!offset.isZero()) {
            log.warn("The clock is shifted by {}: every date Préau reads is off the real one", offset);
        }
        return shifted(offset);
    }
}
