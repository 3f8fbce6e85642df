package org.preau.feeding.aaf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One {@code addRequest}, {@code modifyRequest} or {@code deleteRequest} of an AAF file: its category
 * (from {@code operationalAttributes}), its identifier, its attributes (from {@code attributes}, or the
 * values of {@code modifications}), each value trimmed and empty values left out, and for a
 * {@code modifyRequest} the modifications in file order.
 */
record AafRecord(Request request, String category, String id, Map<String, List<String>> attributes, int line,
        List<Modification> modifications) {

    enum Request {
        ADD, MODIFY, DELETE
    }

    /**
     * One {@code <modification name="ATTR" operation="replace|add|delete">}: LDAP semantics. {@code replace}
     * sets every value of the attribute (none: clears it), {@code add} adds values, {@code delete} removes
     * the listed values or, with none, the attribute.
     */
    record Modification(String attribute, String operation, List<String> values) {
    }

    AafRecord(Request request, String category, String id, Map<String, List<String>> attributes, int line) {
        this(request, category, id, attributes, line, List.of());
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

    /** The id the record is about: its {@code identifier}, or else its {@code ENTPersonJointure}. */
    String key() {
        String joint = first("ENTPersonJointure");
        return !id.isEmpty() ? id : joint == null ? "" : joint;
    }

    /**
     * {@code base} (the entry as last imported) with this record's modifications applied, in order;
     * an attribute left without values is removed. Unknown operations are read as {@code replace}.
     */
    Map<String, List<String>> applyTo(Map<String, List<String>> base) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        base.forEach((name, values) -> result.put(name, new ArrayList<>(values)));
        for (Modification m : modifications) {
            switch (m.operation()) {
                case "add" -> {
                    List<String> values = result.computeIfAbsent(m.attribute(), k -> new ArrayList<>());
                    m.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
                }
                case "delete" -> {
                    if (m.values().isEmpty()) {
                        result.remove(m.attribute());
                    } else {
                        List<String> values = result.get(m.attribute());
                        if (values != null) {
                            values.removeAll(m.values());
                        }
                    }
                }
                default -> result.put(m.attribute(), new ArrayList<>(m.values()));
            }
            if (result.containsKey(m.attribute()) && result.get(m.attribute()).isEmpty()) {
                result.remove(m.attribute());
            }
        }
        return result;
    }

    /** The same entry read as a full one ({@code addRequest}) with these attributes. */
    AafRecord withAttributes(Map<String, List<String>> merged) {
        return new AafRecord(Request.ADD, category, id, merged, line, List.of());
    }
}
