/**
 * Imports: AAF XML (full/delta), CSV (ONDE and generic), dry-run reports.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory", "identity" })
@NullMarked
package org.preau.feeding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
