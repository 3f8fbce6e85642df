package org.preau.feeding;

import java.util.List;

/** An import request that cannot be taken; {@code messageKey} says why, in the message bundles. */
public class ImportRefused extends RuntimeException {

    /** Why, in terms the web layer maps to an answer. */
    public enum Reason {
        INVALID, NOT_FOUND, CONFLICT, TOO_LARGE
    }

    private final Reason reason;
    private final String messageKey;
    private final List<String> args;

    public ImportRefused(Reason reason, String messageKey, String... args) {
        super(messageKey, null, false, false);
        this.reason = reason;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
