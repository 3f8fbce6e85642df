/**
 * Moderation: reports ("Signaler") of any application's content, with an evidence snapshot that
 * outlives the content, a queue per structure for its moderators (its admins and whoever holds
 * the moderation role there; the central admins for everything, and for what belongs to no
 * structure), and decisions — neutralize, restore, dismiss — carried out by the application that
 * owns the content through {@link org.preau.platform.reporting.ReportableContent}. Its facade is
 * {@link org.preau.moderation.Reports}.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory", "access" })
@NullMarked
package org.preau.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
