package org.preau.diary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A diary action was refused: what does not exist or may not be seen ({@code NOT_FOUND}),
 * what the person may see but not do ({@code FORBIDDEN}), invalid input (message keys per
 * field), or an entry already signed by a visa ({@code SIGNED}).
 */
public class DiaryRefused extends RuntimeException {

    public enum Reason {
        NOT_FOUND, FORBIDDEN, INVALID, SIGNED
    }

    private final Reason reason;
    private final Map<String, String> errors;

    DiaryRefused(Reason reason, Map<String, String> errors) {
        super(reason + " " + errors.keySet(), null, false, false);
        this.reason = reason;
        this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static DiaryRefused notFound() {
        return new DiaryRefused(Reason.NOT_FOUND, Map.of());
    }

    static DiaryRefused forbidden() {
        return new DiaryRefused(Reason.FORBIDDEN, Map.of());
    }

    static DiaryRefused signed() {
        return new DiaryRefused(Reason.SIGNED, Map.of());
    }

    static DiaryRefused invalid(String field, String messageKey) {
        return new DiaryRefused(Reason.INVALID, Map.of(field, messageKey));
    }

    static DiaryRefused invalid(Map<String, String> errors) {
        return new DiaryRefused(Reason.INVALID, new LinkedHashMap<>(errors));
    }

    public Reason reason() {
        return reason;
    }

    /** Message keys by field name, for {@code INVALID}. */
    public Map<String, String> errors() {
        return errors;
    }
}
