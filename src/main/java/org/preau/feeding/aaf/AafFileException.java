package org.preau.feeding.aaf;

import java.util.List;

/** Why a whole AAF file could not be read: a message key, the line where known (else 0) and arguments. */
final class AafFileException extends Exception {

    private final String messageKey;
    private final int line;
    private final List<String> args;

    AafFileException(String messageKey, int line, List<String> args) {
        super(messageKey + " at line " + line, null, false, false);
        this.messageKey = messageKey;
        this.line = line;
        this.args = List.copyOf(args);
    }

    String messageKey() {
        return messageKey;
    }

    int line() {
        return line;
    }

    List<String> args() {
        return args;
    }
}
