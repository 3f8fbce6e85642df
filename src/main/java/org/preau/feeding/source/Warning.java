package org.preau.feeding.source;

import java.util.List;

/**
 * Something odd but not fatal met while reading. {@code line} is 1-based, or 0 when the warning is about
 * the whole file or batch; {@code messageKey} is a message-bundle key and {@code args} its arguments.
 */
public record Warning(String file, int line, String messageKey, List<String> args) {

    public Warning {
        args = List.copyOf(args);
    }
}
