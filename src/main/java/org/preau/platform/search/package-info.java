/**
 * The global search's plug point: applications declare {@link org.preau.platform.search.SearchProvider} beans
 * and the portal shows their results grouped by application.
 */
@NullMarked
package org.preau.platform.search;

import org.jspecify.annotations.NullMarked;
