package org.preau.directory;

import java.util.List;

import org.preau.platform.PersonId;

/** These people may no longer use Préau (blocked by an admin, or gone from the register). */
public record AccessWithdrawn(List<PersonId> persons) {
}
