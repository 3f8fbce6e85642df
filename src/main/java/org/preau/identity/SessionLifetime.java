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

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> absoluteSessionTimeout(Clock clock,
            @Value("${preau.identity.session.absolute-timeout:PT12H}") Duration absolute) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && clock.millis() - session.getCreationTime() > absolute.toMillis()) {
                    session.invalidate();
                    if ("GET".equals(request.getMethod()) && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                        response.sendRedirect(request.getContextPath() + "/login?expired");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
