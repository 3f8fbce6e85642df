package org.preau.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Thrown by API code to answer with a problem detail whose text comes from the message
 * bundles (key {@code messageKey}), in the caller's language.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] arguments;
    private final Map<String, Object> properties;

    public ApiProblem(HttpStatus status, String messageKey, Object... arguments) {
        this(status, messageKey, Map.of(), arguments);
    }

    public ApiProblem(HttpStatus status, String messageKey, Map<String, Object> properties, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.properties = Map.copyOf(properties);
    }

    /** 404: what does not exist, or may not be seen. */
    public static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "problem.notFound");
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
