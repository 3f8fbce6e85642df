/**
 * The timeline (fil d'actualité): notifications turned into entries for their recipients, each
 * person's choice per type and channel (feed, mail), mail digests, quiet hours (droit à la
 * déconnexion) and the unread count of the header. Applications declare
 * {@link org.preau.platform.notification.NotificationType} beans and publish
 * {@link org.preau.platform.notification.NoticeRequested} and
 * {@link org.preau.platform.notification.NoticesWithdrawn}; the timeline names no application.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory", "access", "identity" })
@NullMarked
package org.preau.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
