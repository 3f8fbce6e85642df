/**
 * The directory: structures, classes, groups, people, their profiles and family links.
 * Its facade is {@link org.preau.directory.Directory}.
 */
@NullMarked
package org.preau.directory;

import org.jspecify.annotations.NullMarked;
