package org.preau.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks every endpoint's access rule before it runs. A refusal is an {@link
 * AccessDeniedException}: the security filters turn it into a 403 page in the person's
 * language, a problem detail under {@code /api}, or the login page for someone not logged in.
 */
class AccessCheckInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessCheckInterceptor.class);

    private final Rights rights;
    private final Map<HandlerMethod, EndpointAccess.Rule> rules = new ConcurrentHashMap<>();

    AccessCheckInterceptor(Rights rights) {
        this.rights = rights;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        EndpointAccess.Rule rule = rules.computeIfAbsent(method, EndpointAccess::of);
        switch (rule.kind()) {
            case PUBLIC, FRAMEWORK -> {
                return true;
            }
            case AUTHENTICATED -> {
                user();
                return true;
            }
            case ACTION -> {
                PreauUser user = user();
                StructureId structure = rule.structure().isEmpty() ? null : structure(request, rule.structure());
                boolean allowed = rule.actions().stream().anyMatch(action -> structure == null
                        ? rights.allowed(user, action) : rights.allowed(user, action, structure));
                if (!allowed) {
                    throw new AccessDeniedException("Not allowed: " + rule.actions());
                }
                return true;
            }
            default -> {
                log.error("Refused {} {}: the endpoint {} has no access rule", request.getMethod(),
                        request.getRequestURI(), method.getShortLogMessage());
                throw new AccessDeniedException("No access rule");
            }
        }
    }

    private static PreauUser user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PreauUser user) {
            return user;
        }
        throw new AccessDeniedException("Not logged in");
    }

    private static StructureId structure(HttpServletRequest request, String variable) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = variables == null ? null : variables.get(variable);
        try {
            return StructureId.of(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
