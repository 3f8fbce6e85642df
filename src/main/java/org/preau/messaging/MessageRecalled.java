package org.preau.messaging;

import java.util.UUID;

/** The sender took a message back from its recipients' boxes (the timeline drops its notifications). */
public record MessageRecalled(UUID messageId) {
}
