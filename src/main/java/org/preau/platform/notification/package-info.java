/**
 * Notifications as data, the plug point every application uses to tell people something without
 * depending on the timeline: the types it declares ({@link org.preau.platform.notification.NotificationType}
 * beans), the events it publishes ({@link org.preau.platform.notification.NoticeRequested} to tell,
 * {@link org.preau.platform.notification.NoticesWithdrawn} to take back) and the school calendar it
 * may ask for a deferred send.
 */
@NullMarked
package org.preau.platform.notification;

import org.jspecify.annotations.NullMarked;
