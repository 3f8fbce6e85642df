package org.preau.portal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.Guardians;
import org.preau.identity.AuditLog;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Service;

/**
 * Whose data a person may download: their own, a child's of whom they are a legal guardian,
 * and, for an admin, a person the console lets them act on. Anyone else does not exist for
 * them. Downloading someone else's data goes into the audit log (ids only).
 */
@Service
class PersonalDataAccess {

    private final Guardians guardians;
    private final DirectoryAdmin admin;
    private final AuditLog audit;

    PersonalDataAccess(Guardians guardians, DirectoryAdmin admin, AuditLog audit) {
        this.guardians = guardians;
        this.admin = admin;
        this.audit = audit;
    }

    /** The person whose data {@code user} asks for ({@code person}, or null for oneself), if allowed. */
    Optional<PersonId> target(PreauUser user, @Nullable PersonId person) {
        if (person == null) {
            return Optional.of(user.personId());
        }
        if (person.equals(user.personId())) {
            return Optional.of(person);
        }
        return guardians.isGuardian(user.personId(), person) || admin.mayActOn(user, person)
                ? Optional.of(person) : Optional.empty();
    }

    /** Records the download of someone else's data. */
    void record(PreauUser user, PersonId person, @Nullable String address) {
        if (!person.equals(user.personId())) {
            audit.record(AuditLog.Type.DATA_EXPORTED, person, user.personId(), address);
        }
    }
}
