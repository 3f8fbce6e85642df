/**
 * Notifications as data: the types applications declare ({@link org.preau.platform.notification.NotificationType}
 * beans) and the school calendar they may ask for a deferred send, without depending on the timeline.
 */
@NullMarked
package org.preau.platform.notification;

import org.jspecify.annotations.NullMarked;
