package org.preau.access;

import java.util.List;
import java.util.Optional;

import org.preau.platform.PreauUser;

/**
 * An application's kind of shareable resource, declared as a bean by that application: the
 * sharing dialog and {@link Sharing} ask it what a resource is called, where it is shown and
 * who manages it by the application's own rules (its author, the admins of its school).
 */
public interface SharingType {

    /** The type of {@link ShareRef}, e.g. {@code workspace.folder}. */
    String type();

    /** The message key of the type's name ("Dossier"). */
    String labelKey();

    /** Extra rights beyond read/contribute/manage, e.g. {@code publish}; shown with the key {@code sharing.extra.<name>}. */
    default List<String> extras() {
        return List.of();
    }

    /** The resource, if it exists: its title and the address of its page. */
    Optional<Described> describe(String id);

    /** Whether {@code user} manages the resource by the application's own rules (beyond what was shared). */
    boolean manages(PreauUser user, String id);

    /** A resource's title and page. */
    record Described(String title, String href) {
    }
}
