package org.preau.access;

import java.util.regex.Pattern;

/**
 * A shareable resource: its type, named after its application ({@code diary.session},
 * {@code workspace.folder}), and its id there.
 */
public record ShareRef(String type, String id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    /** Longest id. */
    public static final int MAX_ID = 200;

    public ShareRef {
        if (!TYPE.matcher(type).matches() || type.length() > 64 || id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("not a resource reference");
        }
    }
}
