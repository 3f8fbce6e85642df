/**
 * Reporting and neutralization, one service for every application: a module whose content
 * people may report declares a {@link org.preau.platform.reporting.ReportableContent} bean per
 * kind of content; the module that takes reports keeps them, with an evidence snapshot, and asks
 * the module to hide or restore the content when a moderator decides.
 */
@NullMarked
package org.preau.platform.reporting;

import org.jspecify.annotations.NullMarked;
