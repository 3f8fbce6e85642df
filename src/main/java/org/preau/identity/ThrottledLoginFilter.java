package org.preau.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.preau.platform.web.PlainPage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns away logins from a throttled address before anything else runs (no session, no CSRF
 * check, no template, no database), so that an attack costs the server almost nothing: a post
 * is sent back to the form, the form itself is a small ready-made page saying why. One audit
 * event per address and minute says it happened.
 */
@Configuration(proxyBeanMethods = false)
class ThrottledLoginFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> throttledLogins(LoginThrottle throttle, AuditLog audit, Clock clock,
            MessageSource messages, LocaleResolver locales) {
        Map<String, Instant> audited = new ConcurrentHashMap<>();
        PlainPage refusal = new PlainPage(messages, "login.throttled.title", "login.throttled", "error.503.retry", "/login");
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String address = request.getRemoteAddr();
                if (!throttle.addressBlocked(address)) {
                    chain.doFilter(request, response);
                    return;
                }
                if (!"POST".equals(request.getMethod())) {
                    // the form is not worth rendering for an address whose posts are refused
                    response.setStatus(429);
                    response.setHeader("Retry-After", "60");
                    response.setHeader("Cache-Control", "no-store");
                    response.setContentType("text/html;charset=UTF-8");
                    response.getOutputStream().write(refusal.in(locales.resolveLocale(request)));
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
