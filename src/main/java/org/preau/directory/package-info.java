/**
 * The directory: structures, classes, groups, people, their profiles and family links.
 * Its facade is {@link org.preau.directory.Directory}.
 */
@ApplicationModule(allowedDependencies = { "platform" })
@NullMarked
package org.preau.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
