package org.preau.access;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;

import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.PublicEndpoint;
import org.preau.platform.web.RequiresAction;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The access rule of an endpoint: the one annotation on its method, else on its class
 * ({@link RequiresAction}, {@link AnyAuthenticated}, {@link PublicEndpoint}). The framework's
 * own endpoints (the error page, the OpenAPI description, open by the security
 * configuration) are public; any other endpoint without a rule has {@link Kind#MISSING},
 * and is refused.
 */
final class EndpointAccess {

    enum Kind {
        PUBLIC, AUTHENTICATED, ACTION, FRAMEWORK, MISSING, AMBIGUOUS
    }

    /** The rule: for {@link Kind#ACTION}, any of {@code actions}, in the structure of that path variable if given. */
    record Rule(Kind kind, List<String> actions, String structure) {

        static Rule of(Kind kind) {
            return new Rule(kind, List.of(), "");
        }
    }

    private EndpointAccess() {
    }

    static Rule of(HandlerMethod handler) {
        Rule onMethod = declared(handler.getMethod());
        if (onMethod != null) {
            return onMethod;
        }
        Rule onClass = declared(handler.getBeanType());
        if (onClass != null) {
            return onClass;
        }
        return framework(handler.getBeanType()) ? Rule.of(Kind.FRAMEWORK) : Rule.of(Kind.MISSING);
    }

    private static @org.jspecify.annotations.Nullable Rule declared(AnnotatedElement element) {
        List<Rule> rules = new ArrayList<>();
        RequiresAction action = AnnotatedElementUtils.findMergedAnnotation(element, RequiresAction.class);
        if (action != null) {
            rules.add(new Rule(Kind.ACTION, List.of(action.value()), action.structure()));
        }
        if (AnnotatedElementUtils.hasAnnotation(element, AnyAuthenticated.class)) {
            rules.add(Rule.of(Kind.AUTHENTICATED));
        }
        if (AnnotatedElementUtils.hasAnnotation(element, PublicEndpoint.class)) {
            rules.add(Rule.of(Kind.PUBLIC));
        }
        if (rules.size() > 1) {
            return Rule.of(Kind.AMBIGUOUS);
        }
        return rules.isEmpty() ? null : rules.getFirst();
    }

    private static boolean framework(Class<?> type) {
        return ErrorController.class.isAssignableFrom(type) || type.getName().startsWith("org.springdoc.");
    }
}
