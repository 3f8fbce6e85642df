/**
 * Access: who may use which application or action (roles of actions given to profiles and
 * groups per structure, checked on every endpoint: {@link org.preau.access.Rights}), who may
 * reach whom (communication rules between groups, with the territory's defaults, structure and
 * class overrides, explicit rules and the messaging kill switch: {@link org.preau.access.Reach},
 * {@link org.preau.access.CommunicationRules}, {@link org.preau.access.KillSwitch}) and who may
 * read or change which resource ({@link org.preau.access.Sharing}). It implements the
 * directory's {@link org.preau.directory.VisibilityPolicy}, so that the annuaire follows the rules.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory" })
@NullMarked
package org.preau.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
