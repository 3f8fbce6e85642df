package org.preau.directory;

import java.util.UUID;

import org.preau.platform.PreauUser;

/**
 * Lets people other than the structure's admins see or change the members of a manual group
 * (a teacher who runs the choir). The directory declares it; the module that records such
 * delegations (sharing, in access) implements it. Deleting a group stays the admins' own.
 */
public interface GroupDelegation {

    /** Whether {@code user} may see the group and its members. */
    boolean mayView(PreauUser user, UUID group);

    /** Whether {@code user} may add and remove members. */
    boolean mayChange(PreauUser user, UUID group);
}
