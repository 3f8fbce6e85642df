/**
 * The admin console for central and local admins: structures, classes, people and imports,
 * composed from the directory, identity and feeding facades.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory", "access", "identity", "feeding" })
@NullMarked
package org.preau.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
