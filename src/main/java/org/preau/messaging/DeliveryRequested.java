package org.preau.messaging;

import java.util.List;
import java.util.UUID;

/**
 * A sent message is to be put in the boxes of these people (ids, by the way they were
 * addressed). Kept in the event publication registry until delivered, so that a stop of the
 * application in between loses nothing.
 */
record DeliveryRequested(UUID messageId, List<UUID> to, List<UUID> cc, List<UUID> bcc) {
}
