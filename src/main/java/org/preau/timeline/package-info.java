/**
 * The timeline (fil d'actualité): notifications turned into entries for their recipients, each
 * person's choice per type and channel (feed, mail), mail digests, quiet hours (droit à la
 * déconnexion) and the unread count of the header. Applications declare
 * {@link org.preau.platform.notification.NotificationType} beans and publish events; listeners
 * here call {@link org.preau.timeline.Notifications#notify}.
 */
@NullMarked
package org.preau.timeline;

import org.jspecify.annotations.NullMarked;
