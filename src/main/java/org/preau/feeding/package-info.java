/**
 * Imports: AAF XML (full/delta), CSV (ONDE and generic), dry-run reports.
 */
@NullMarked
package org.preau.feeding;

import org.jspecify.annotations.NullMarked;
