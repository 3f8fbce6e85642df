package org.preau.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The absolute lifetime of a session: however active, a session ends
 * {@code preau.identity.session.absolute-timeout} after it began (12 hours by default: a
 * shared family computer does not stay logged in from one day to the next). The idle
 * timeout is {@code spring.session.timeout}. A page asked with an ended session goes to the
 * login page saying so; the API answers 401.
 */
@Configuration(proxyBeanMethods = false)
class SessionLifetime {

    private static final String STARTED = "preau.session.started";
    private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> absoluteSessionTimeout(Clock clock,
            @Value("${preau.identity.session.absolute-timeout:PT12H}") Duration absolute) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && expired(session)) {
                    session.invalidate();
                    if ("GET".equals(request.getMethod()) && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                        response.sendRedirect(request.getContextPath() + "/login?expired");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }

            /** Starts the clock at the first request of a logged-in session (our clock, which tests move). */
            private boolean expired(HttpSession session) {
                Object started = session.getAttribute(STARTED);
                if (started instanceof Long since) {
                    return clock.millis() - since > absolute.toMillis();
                }
                if (session.getAttribute(SECURITY_CONTEXT) != null) {
                    session.setAttribute(STARTED, clock.millis());
                }
                return false;
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
