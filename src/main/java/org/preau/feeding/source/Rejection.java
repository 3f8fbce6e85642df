package org.preau.feeding.source;

import java.util.List;

/**
 * A record (or a whole file) that was not read. {@code line} is 1-based, or 0 when the rejection is about
 * the whole file; {@code field} names the source attribute or column at fault, or is empty.
 * {@code messageKey} is a message-bundle key and {@code args} its arguments (ids, counts, column names:
 * never a person's name).
 */
public record Rejection(String file, int line, String field, String messageKey, List<String> args) {

    public Rejection {
        args = List.copyOf(args);
    }
}
