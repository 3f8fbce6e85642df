package org.preau.directory;

import org.preau.platform.PersonId;

/**
 * Decides whom a person may see in the annuaire and whose photo they may see. The directory
 * declares it and the access module implements it with its communication rules, so that the
 * directory applies rules it does not own without depending on their module.
 */
public interface VisibilityPolicy {

    /** Everyone {@code viewer} may see. */
    SearchScope scope(PersonId viewer);

    /** Whether {@code viewer} may see {@code person}. */
    boolean canSee(PersonId viewer, PersonId person);
}
