package org.preau.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns away login posts from a throttled address before anything else runs (no session,
 * no CSRF check, no database), so that an attack costs the server almost nothing. One
 * audit event per address and minute says it happened.
 */
@Configuration(proxyBeanMethods = false)
class ThrottledLoginFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> throttledLogins(LoginThrottle throttle, AuditLog audit, Clock clock) {
        Map<String, Instant> audited = new ConcurrentHashMap<>();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String address = request.getRemoteAddr();
                if (!throttle.addressBlocked(address)) {
                    chain.doFilter(request, response);
                    return;
                }
                Instant now = clock.instant();
                Instant last = audited.get(address);
                if (last == null || last.isBefore(now.minus(Duration.ofMinutes(1)))) {
                    audited.put(address, now);
                    audit.record(AuditLog.Type.LOGIN_THROTTLED, null, null, address);
                }
                response.sendRedirect(request.getContextPath() + "/login?throttled");
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(Integer.MIN_VALUE + 10);
        registration.addUrlPatterns("/login");
        return registration;
    }
}
