package org.preau.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link AdmissionControl} first in line, before sessions, security and the database (the
 * character encoding filter excepted, so that forms read before admission are read as UTF-8), then
 * {@link DatabaseOutage}, around the sessions.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionConfiguration {

    @Bean
    FilterRegistrationBean<AdmissionControl> admissionControl(MessageSource messages, LocaleResolver locales,
            @Value("${preau.admission.max-concurrent:32}") int maxConcurrent,
            @Value("${preau.admission.max-queue:64}") int maxQueue,
            @Value("${preau.admission.queue-timeout:PT2S}") Duration queueTimeout,
            @Value("${preau.admission.retry-after:PT5S}") Duration retryAfter,
            @Value("${preau.admission.own-gates:POST /login}") java.util.Set<String> ownGates,
            @Value("${preau.admission.uploads-per-address:32}") int uploadsPerAddress,
            @Value("${preau.admission.max-buffered-body:2MB}") DataSize maxBufferedBody,
            @Value("${preau.admission.body-timeout:PT30S}") Duration bodyTimeout) {
        var filter = new AdmissionControl(new AdmissionControl.Limits(maxConcurrent, maxQueue, queueTimeout.toMillis(),
                (int) retryAfter.toSeconds()), messages, locales, ownGates,
                new BodyFirst(uploadsPerAddress, maxBufferedBody.toBytes(), bodyTimeout.toMillis()));
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DatabaseOutage> databaseOutage(MessageSource messages, LocaleResolver locales,
            @Value("${preau.admission.retry-after:PT5S}") Duration retryAfter) {
        var registration = new FilterRegistrationBean<>(new DatabaseOutage(messages, locales, (int) retryAfter.toSeconds()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
