/**
 * Access: who may use which application or action (roles of actions given to profiles and
 * groups per structure, checked on every endpoint), who may reach whom, who may read or
 * change a resource. Its facade for application rights is {@link org.preau.access.Rights}.
 */
@NullMarked
package org.preau.access;

import org.jspecify.annotations.NullMarked;
