package org.preau.directory;

import org.preau.platform.PersonId;

/**
 * A person changed their own contact details; {@code emailChanged} when the mail address is
 * new (or removed). Carries no address: listeners read the current one, so that an event
 * handled late never acts on an address the person has replaced since.
 */
public record ContactDetailsChanged(PersonId person, boolean emailChanged) {
}
