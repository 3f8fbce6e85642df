package org.preau.feeding.aaf;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One {@code addRequest}, {@code modifyRequest} or {@code deleteRequest} of an AAF file: its category
 * (from {@code operationalAttributes}), its identifier and its attributes (from {@code attributes} or
 * {@code modifications}), each value trimmed and empty values left out.
 */
record AafRecord(Request request, String category, String id, Map<String, List<String>> attributes, int line) {

    enum Request {
        ADD, MODIFY, DELETE
    }

    /** The values of {@code name}, empty when absent. */
    List<String> values(String name) {
        return attributes.getOrDefault(name, List.of());
    }

    /** The first value of {@code name}, or null when it has none. */
    @Nullable String first(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : values.getFirst();
    }
}
