/**
 * Messagerie: the internal mail of the territory. People write to people, classes and groups
 * they may reach, with attachments; drafts, folders, threads, search, recall within an hour
 * and scheduled sending. Its facade is {@link org.preau.messaging.Messaging}; it publishes
 * {@link org.preau.messaging.MessageSent} and a notice when a message reaches its recipients' boxes.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory", "access" })
@NullMarked
package org.preau.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
