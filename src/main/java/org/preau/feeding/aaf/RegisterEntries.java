package org.preau.feeding.aaf;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the register sent last time, person by person, so that a delta's {@code modifyRequest} (which
 * lists only the changed attributes) can be applied to the whole entry, and a {@code deleteRequest} or a
 * {@code modifyRequest} for an id never imported be refused.
 */
public interface RegisterEntries {

    /** Reading files alone: every id is known, a modification applies to an empty entry. */
    RegisterEntries NONE = new RegisterEntries() {
        @Override
        public Optional<Map<String, List<String>>> find(String id) {
            return Optional.of(Map.of());
        }

        @Override
        public boolean known(String id) {
            return true;
        }
    };

    /** The attributes of {@code id} as last imported, unless it was deleted or never stored. */
    Optional<Map<String, List<String>>> find(String id);

    /** Whether {@code id} was ever imported (stored, even deleted, or in the directory). */
    boolean known(String id);

    /** A relative stored but not in the directory (held: linked to no pupil yet), with its attributes. */
    default Optional<Map<String, List<String>>> held(String id) {
        return Optional.empty();
    }

    /** An entry to store once the import is applied: its attributes after this import, or deleted. */
    record Entry(String id, String kind, Map<String, List<String>> attributes, boolean deleted) {
    }
}
