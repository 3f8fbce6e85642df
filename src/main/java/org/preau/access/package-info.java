/**
 * Access: who may reach whom (communication rules between groups, with the territory's
 * defaults, structure and class overrides, explicit rules and the messaging kill switch)
 * and who may read or change which resource (sharing). Its facades are
 * {@link org.preau.access.Reach}, {@link org.preau.access.CommunicationRules},
 * {@link org.preau.access.KillSwitch} and {@link org.preau.access.Sharing}; it implements the
 * directory's {@link org.preau.directory.VisibilityPolicy}, so that the annuaire follows the
 * rules.
 */
@NullMarked
package org.preau.access;

import org.jspecify.annotations.NullMarked;
