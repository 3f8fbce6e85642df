package org.preau.messaging;

import java.util.List;
import java.util.UUID;

import org.preau.platform.PersonId;

/**
 * A message reached the boxes of its recipients (they are told by the notice published with it).
 * Carries no body; may be published again for the same message after a crash: listeners key on
 * the message id.
 */
public record MessageSent(UUID messageId, PersonId sender, List<PersonId> recipients, String subject) {
}
