package org.preau.platform.security;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>} for this
 * request only (no session). A wrong token is a 401, never a fall-back to the session.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final ApiTokenAuthenticator tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokenAuthenticator tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring(PREFIX.length()).strip();
        var user = token.length() > 200 ? java.util.Optional.<org.preau.platform.PreauUser>empty() : tokens.authenticate(token);
        if (user.isEmpty()) {
            problems.unauthorized(request, response, null);
            return;
        }
        if (!tokens.allows(token, request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()))) {
            problems.forbidden(request, response,
                    new org.springframework.security.access.AccessDeniedException("token scope"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
