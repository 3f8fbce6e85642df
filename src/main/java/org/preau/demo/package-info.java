/**
 * The demo territory ("Région Démo") seeded on the first start with the embedded database,
 * through the directory, identity and diary facades only.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory", "identity", "diary", "messaging" })
@NullMarked
package org.preau.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
